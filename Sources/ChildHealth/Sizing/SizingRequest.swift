/// What `bhvplan size` is asked: which targets must be met, how surely, in which year.
public struct SizingRequest: Sendable {
    /// The staffing targets (newborns per FTE under the ceiling, at least 25 per nurse) and the
    /// first home visit.
    public static let defaultTargets: [Indicator] = [.newbornsPerNurseFTE, .newbornsPerNurse, .firstHomeVisit]
    /// Targets the nurse staffing can be sized for; newborns per doctor is sized as a headcount.
    public static let nurseTargets = Indicator.targeted.filter { $0 != .newbornsPerDoctor }

    /// Least probability with which every target must be met.
    public var confidence: Double
    /// Calendar year sized for; nil for the first projected year.
    public var year: Int?
    public var targets: [Indicator]
    /// Most nurse persons a unit may be advised.
    public var maxPersons: Int
    public var workers: Int
    /// Polled between blocks of trials; once it returns true the sizing stops soon and throws a
    /// ``SizingProblem`` with ``SizingProblem/interrupted`` set.
    public var isCancelled: (@Sendable () -> Bool)?
    /// Told (units sized, units in all) after each unit's advice, for a progress display.
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// A request; by default the staffing targets and the first home visit, met with P ≥ 0.8 in the first projected year.
    public init(confidence: Double = 0.8, year: Int? = nil, targets: [Indicator] = defaultTargets,
                maxPersons: Int = 6, workers: Int = 1) {
        self.confidence = confidence
        self.year = year
        self.targets = targets
        self.maxPersons = maxPersons
        self.workers = workers
    }

    /// Checks the request against `scenario` and returns the index of the year sized for.
    func validate(against scenario: Scenario) throws(SizingProblem) -> Int {
        let year = self.year ?? scenario.startYear
        guard scenario.years.contains(year) else {
            throw SizingProblem("--year \(year) is outside the scenario's horizon (allowed: \(scenario.startYear)–\(scenario.startYear + scenario.horizon - 1))")
        }
        guard confidence > 0 && confidence < 1 else {
            throw SizingProblem("--confidence must be between 0 and 1 (got \(formatNumber(confidence)))")
        }
        guard maxPersons >= 1 else { throw SizingProblem("--max-persons must be at least 1 (got \(maxPersons))") }
        return year - scenario.startYear
    }
}
