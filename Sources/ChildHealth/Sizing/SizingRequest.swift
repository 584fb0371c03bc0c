/// What `bhvplan size` is asked: which targets must be met, how surely, over which years, and
/// what an extra person is worth against FTE.
public struct SizingRequest: Sendable {
    /// The staffing targets (newborns per FTE under the ceiling, at least 25 per nurse) and the
    /// first home visit.
    public static let defaultTargets: [Indicator] = [.newbornsPerNurseFTE, .newbornsPerNurse, .firstHomeVisit]
    /// Targets the nurse staffing can be sized for; newborns per doctor is sized as a headcount.
    public static let nurseTargets = Indicator.targeted.filter { $0 != .newbornsPerDoctor }
    /// Nurse targets that more nurse hours meet; the floor of newborns per nurse needs fewer
    /// persons instead.
    public static let hourTargets = nurseTargets.filter { $0 != .newbornsPerNurse }

    /// Least probability with which every target must be met.
    public var confidence: Double
    /// First and last calendar year sized for (the advice holds in each); nil for the first
    /// projected year alone.
    public var years: ClosedRange<Int>?
    public var targets: [Indicator]
    /// Most nurse persons a unit may be advised.
    public var maxPersons: Int
    /// FTE an extra person must save to be advised (recruiting, induction, continuity for the
    /// families): the advice takes the fewest persons within this much FTE per extra person of
    /// the overall least.
    public var personCostFTE: Double
    /// Doctor hours per doctor visit (assumption) and doctor visits per newborn in year 1.
    public var doctorHoursPerVisit: Double
    public var doctorVisitsPerNewborn: Double
    /// Only this unit is sized when given (its neighbours still count for pooling).
    public var unit: String?
    public var workers: Int
    /// Polled between blocks of trials; once it returns true the sizing stops soon and throws a
    /// ``SizingProblem`` with ``SizingProblem/interrupted`` set.
    public var isCancelled: (@Sendable () -> Bool)?
    /// Told (units sized, units in all) after each unit's advice, for a progress display.
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// Default FTE an extra person must save (assumption).
    public static let defaultPersonCostFTE = 0.1
    /// Default doctor hours per visit including documentation (assumption).
    public static let defaultDoctorHoursPerVisit = 0.75
    /// Scheduled contacts with the doctor in year 1 (regional programmes: 3 of ~11).
    public static let defaultDoctorVisits = 3.0
    /// Employment fraction assumed for a doctor at a unit that lists none (assumption).
    public static let defaultDoctorFraction = 0.2

    /// A request; by default the staffing targets and the first home visit, met with P ≥ 0.8 in the first projected year.
    public init(confidence: Double = 0.8, years: ClosedRange<Int>? = nil, targets: [Indicator] = defaultTargets,
                maxPersons: Int = 6, personCostFTE: Double = defaultPersonCostFTE, workers: Int = 1) {
        self.confidence = confidence
        self.years = years
        self.targets = targets
        self.maxPersons = maxPersons
        self.personCostFTE = personCostFTE
        self.doctorHoursPerVisit = Self.defaultDoctorHoursPerVisit
        self.doctorVisitsPerNewborn = Self.defaultDoctorVisits
        self.workers = workers
    }

    /// Checks the request against `scenario` and returns the indices of the years sized for.
    func validate(against scenario: Scenario) throws(SizingProblem) -> ClosedRange<Int> {
        let years = self.years ?? scenario.startYear...scenario.startYear
        let last = scenario.startYear + scenario.horizon - 1
        guard years.lowerBound >= scenario.startYear && years.upperBound <= last else {
            let asked = years.count == 1 ? "--year \(years.lowerBound)" : "--years \(years.lowerBound)-\(years.upperBound)"
            throw SizingProblem("\(asked) is outside the scenario's horizon (allowed: \(scenario.startYear)–\(last))")
        }
        guard confidence > 0 && confidence < 1 else {
            throw SizingProblem("--confidence must be between 0 and 1 (got \(formatNumber(confidence)))")
        }
        guard maxPersons >= 1 else { throw SizingProblem("--max-persons must be at least 1 (got \(maxPersons))") }
        guard personCostFTE.isFinite && personCostFTE >= 0 && personCostFTE <= 1 else {
            throw SizingProblem("--person-cost-fte must be between 0 and 1 FTE (got \(formatNumber(personCostFTE)))")
        }
        guard doctorHoursPerVisit.isFinite && doctorHoursPerVisit > 0 && doctorHoursPerVisit <= 8 else {
            throw SizingProblem("--doctor-hours-per-visit must be above 0 and at most 8 (got \(formatNumber(doctorHoursPerVisit)))")
        }
        if let unit, !scenario.units.contains(where: { $0.id == unit }) {
            let ids = scenario.units.map(\.id)
            let hint = closestName(to: unit, among: ids).map { " (did you mean \($0)?)" } ?? ""
            throw SizingProblem("--unit: '\(unit)' is not a unit of \(scenario.name)\(hint); allowed: \(ids.joined(separator: ", "))")
        }
        return (years.lowerBound - scenario.startYear)...(years.upperBound - scenario.startYear)
    }
}
