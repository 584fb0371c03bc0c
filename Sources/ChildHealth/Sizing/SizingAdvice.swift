/// The staffing advice for one unit: the least nurse FTE on the 0.05 grid, split into persons
/// working 0.5–1.0, that meets every chosen target with the chosen confidence, or why none
/// does; and the most doctors that keep at least 25 newborns each.
public struct SizingAdvice: Sendable {
    public var unit: String
    /// The unit's nurse FTE and persons as the scenario lists them.
    public var currentFTE: Double
    public var currentPersons: Int
    /// Mean newborns in the year sized for, and the unit's newborns-per-FTE ceiling.
    public var newborns: Double
    public var ceiling: Double
    /// The advised nurses' fractions; nil when no split meets the targets.
    public var fractions: [Double]?
    /// Probability of meeting each target (in the request's order): at the advice, or, when
    /// infeasible, at the staffing that came closest (named in the note).
    public var probabilities: [TargetProbability]
    /// Doctors now, the most that keep ≥ 25 newborns each with the confidence (at least 1), and
    /// the probability with that many.
    public var currentDoctors: Int
    public var advisedDoctors: Int
    public var doctorProbability: Double
    /// How the search ended: the change from now, or why no staffing meets the targets and what
    /// pooling would do.
    public var finding: SizingFinding

    public var feasible: Bool { fractions != nil }
    public var advisedFTE: Double? { fractions.map { SizingSplit.fte(SizingSplit.steps($0.reduce(0, +))) } }

    /// The probability of meeting `indicator` at the advice; 0 for a target not sized for.
    public func probability(_ indicator: Indicator) -> Double {
        probabilities.first { $0.indicator == indicator }?.probability ?? 0
    }
}
