/// The staffing advice for one unit: the trade-off between persons and nurse FTE, the advised
/// option among it (fewest persons unless another saves more than the person cost), or why no
/// option meets the targets; what each year of the period needs; and the doctor headcount.
public struct SizingAdvice: Sendable {
    public var unit: String
    /// The unit's nurse FTE and persons as the scenario lists them.
    public var currentFTE: Double
    public var currentPersons: Int
    /// Mean newborns in the first year sized for, and the unit's newborns-per-FTE ceiling.
    public var newborns: Double
    public var ceiling: Double
    /// One option per number of persons, 1 … `maxPersons`, meeting the targets in every year sized for.
    public var options: [StaffingOption]
    /// The advised number of persons, or nil when no option meets the targets.
    public var advisedPersons: Int?
    /// Probability of meeting each target (in the request's order, worst year): at the advice,
    /// or, when infeasible, at the staffing that came closest (named in the note).
    public var probabilities: [TargetProbability]
    /// Each year's own advice, in order.
    public var needs: [YearNeed]
    public var doctors: DoctorAdvice
    /// How the search ended: the change from now, or why no staffing meets the targets and what
    /// pooling would do.
    public var finding: SizingFinding

    /// The advised option.
    public var advised: StaffingOption? { advisedPersons.map { options[$0 - 1] } }
    /// The advised nurses' fractions; nil when no option meets the targets.
    public var fractions: [Double]? { advised?.fractions }
    public var feasible: Bool { advisedPersons != nil }
    public var advisedFTE: Double? { advised?.fte }

    /// The probability of meeting `indicator` at the advice; 0 for a target not sized for.
    public func probability(_ indicator: Indicator) -> Double {
        probabilities.first { $0.indicator == indicator }?.probability ?? 0
    }
}
