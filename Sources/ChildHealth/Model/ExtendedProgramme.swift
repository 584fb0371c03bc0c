/// An extended home-visit programme (Rinkeby model and its variants).
public struct ExtendedProgramme: Sendable, Equatable {
    /// Visits per family, spread evenly from birth over `spanMonths` months.
    public var visits = 6
    public var spanMonths = 15
    /// Nurse hours per visit at CNI weight 1.
    public var hoursPerVisit = 1.5
    /// Whether only first-time parents are the target group (otherwise every family).
    public var firstTimeParentsOnly = true
    /// Share of eligible families offered the programme (the rest, e.g. newly moved in: UX293).
    public var offerRate = 0.90
    /// Share of offered families that accept (Rinkeby: 95% take part); the rest decline (UX284).
    public var acceptRate = 0.95
    /// Probability that a family leaves before each visit (moved, declined more visits: UX294).
    public var dropOutPerVisit = 0.03

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// Month of age at which each visit is due.
    public var visitAges: [Int] {
        guard visits > 1 else { return [0] }
        return (0..<visits).map { Int((Double($0 * spanMonths) / Double(visits - 1)).rounded()) }
    }
}
