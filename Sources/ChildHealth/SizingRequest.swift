import Foundation

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

    public init(confidence: Double = 0.8, year: Int? = nil, targets: [Indicator] = defaultTargets,
                maxPersons: Int = 6, workers: Int = 1) {
        self.confidence = confidence
        self.year = year
        self.targets = targets
        self.maxPersons = maxPersons
        self.workers = workers
    }

    /// Targets from a comma-separated list of indicator ids.
    public static func targets(parsing list: String) throws(SizingProblem) -> [Indicator] {
        let allowed = nurseTargets.map(\.rawValue)
        var targets: [Indicator] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let indicator = Indicator(rawValue: name), nurseTargets.contains(indicator) else {
                let hint = closestName(to: name, among: allowed).map { " (did you mean \($0)?)" } ?? ""
                let doctor = name == Indicator.newbornsPerDoctor.rawValue
                    ? " (newborns_per_doctor is always sized, as the doctor headcount)" : hint
                throw SizingProblem("--targets: '\(name)' is not a nurse target\(doctor); allowed: \(allowed.joined(separator: ", "))")
            }
            if !targets.contains(indicator) { targets.append(indicator) }
        }
        guard !targets.isEmpty else { throw SizingProblem("--targets: give at least one of \(allowed.joined(separator: ", "))") }
        return targets
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
