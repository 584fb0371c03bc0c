/// Staff added or removed by an intervention.
public struct StaffChange: Sendable, Equatable {
    public var role: Person.Role
    /// FTE to add (positive) or remove (negative), in full posts.
    public var fte: Double
    /// Relative change of the unit's current FTE for the role, e.g. 0.25 for +25%.
    public var percent: Double
    /// New persons, by employment fraction.
    public var newPersons: [Double]

    /// A change of `role` staff: FTE added or removed, a share of the FTE, new persons at their fractions.
    public init(role: Person.Role = .nurse, fte: Double = 0, percent: Double = 0, newPersons: [Double] = []) {
        self.role = role
        self.fte = fte
        self.percent = percent
        self.newPersons = newPersons
    }
}
