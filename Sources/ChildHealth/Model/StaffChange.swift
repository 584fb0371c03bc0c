/// Staff added or removed by an intervention.
public struct StaffChange: Sendable, Equatable {
    public var role: Person.Role
    /// FTE to add (positive) or remove (negative), in full posts.
    public var fte: Double
    /// Relative change of the unit's current FTE for the role, e.g. 0.25 for +25%.
    public var percent: Double
    /// New persons, by employment fraction.
    public var newPersons: [Double]
    /// Mean months a new post stays vacant before it is filled (Poisson in each trial); nil for
    /// the scenario's `staffing.vacancy_mean_months`. Raised fractions of persons already in post
    /// take effect at once.
    public var fillDelayMonths: Double?
    /// Share of full capacity a new post's person gives in their first `startupMonths` months at
    /// work (induction), 1 for none.
    public var startupShare: Double
    public var startupMonths: Int

    /// A change of `role` staff: FTE added or removed, a share of the FTE, new persons at their
    /// fractions, and how new posts are filled.
    public init(role: Person.Role = .nurse, fte: Double = 0, percent: Double = 0, newPersons: [Double] = [],
                fillDelayMonths: Double? = nil, startupShare: Double = 1, startupMonths: Int = 0) {
        self.role = role
        self.fte = fte
        self.percent = percent
        self.newPersons = newPersons
        self.fillDelayMonths = fillDelayMonths
        self.startupShare = startupShare
        self.startupMonths = startupMonths
    }
}
