/// Staffing advice for every unit of a scenario, and what `bhvplan size` prints and writes.
public struct SizingReport: Sendable {
    public var scenario: Scenario
    public var request: SizingRequest
    /// The calendar year sized for.
    public var year: Int
    public var advice: [SizingAdvice]
}

/// Sizes nurse staffing to a confidence level on common random numbers (see ``SizingProbe``).
public enum Sizing {
    /// Advice for every unit of `scenario` (with its seed and trial count).
    public static func advise(_ scenario: Scenario, request: SizingRequest) throws(SizingProblem) -> SizingReport {
        let yearIndex = try request.validate(against: scenario)
        let sizer = UnitSizer(probe: SizingProbe(scenario: scenario, yearIndex: yearIndex, workers: request.workers,
                                                 isCancelled: request.isCancelled),
                              request: request)
        let advice = scenario.units.enumerated().map { index, unit in
            defer { request.progress?(index + 1, scenario.units.count) }
            return sizer.advise(unit)
        }
        if request.isCancelled?() == true { throw .stopped }
        return SizingReport(scenario: scenario, request: request, year: scenario.startYear + yearIndex, advice: advice)
    }
}

/// The search for one unit.
struct UnitSizer: Sendable {
    let probe: SizingProbe
    let request: SizingRequest

    /// How a search for one unit ended.
    enum Search {
        /// The least FTE, its split, and what it achieves.
        case met(StaffingOutcome)
        /// `persons` nurses would see fewer than 25 newborns each; `closest` is the largest
        /// staffing that keeps the floor (or one nurse full time when none does).
        case floorFails(persons: Int, closest: StaffingOutcome)
        /// Not met even by `request.maxPersons` full-time nurses.
        case unmet(closest: StaffingOutcome)

        /// The staffing the search ended with.
        var outcome: StaffingOutcome {
            switch self {
            case .met(let outcome), .floorFails(_, let outcome), .unmet(let outcome): outcome
            }
        }
    }

    /// The most doctors the headcount search considers.
    static let maxDoctors = 20

    func advise(_ unit: Unit) -> SizingAdvice {
        let search = self.search(unit.id)
        let doctors = doctorAdvice(unit)
        var fractions: [Double]?
        let finding: SizingFinding
        switch search {
        case .met(let outcome):
            let advised = outcome.staff.filter { $0.role == .nurse }.map(\.fraction)
            fractions = advised
            finding = .met(changeSteps: SizingSplit.steps(advised.reduce(0, +)) - SizingSplit.steps(unit.nurseFTE))
        case .floorFails(let persons, _):
            finding = .floorConflict(persons: persons, pooling: pooling(unit))
        case .unmet:
            finding = .unmet(maxPersons: request.maxPersons)
        }
        return SizingAdvice(
            unit: unit.id, currentFTE: unit.nurseFTE, currentPersons: unit.nurses.count,
            newborns: search.outcome.newborns, ceiling: search.outcome.ceiling, fractions: fractions,
            probabilities: search.outcome.probabilities(request.targets),
            currentDoctors: unit.doctors.count, advisedDoctors: doctors.count, doctorProbability: doctors.probability,
            finding: finding)
    }

    /// The least FTE over persons counts 1, 2, …: for each count, one check at full time, then
    /// bisection on the 0.05 grid between half and full time. More persons are tried only while
    /// they could need less FTE than the best so far (each works at least 0.5), and never once
    /// the 25-per-nurse floor fails, since more persons only lower newborns per person.
    func search(_ id: String, in variant: Scenario? = nil) -> Search {
        let checksFloor = request.targets.contains(.newbornsPerNurse)
        var best: StaffingOutcome?
        var bestSteps = Int.max
        var lastFullTime: StaffingOutcome?
        func evaluate(_ persons: Int, _ steps: Int) -> StaffingOutcome {
            probe.evaluate(unit: id, staff: staffList(id, nurses: SizingSplit.fractions(persons: persons, steps: steps), in: variant),
                           in: variant)
        }
        for persons in 1...request.maxPersons {
            if SizingSplit.leastFraction * persons >= bestSteps { break }
            let fullTime = evaluate(persons, SizingSplit.fullTime * persons)
            if checksFloor && fullTime.probability(.newbornsPerNurse) < request.confidence {
                if let best { return .met(best) }
                return .floorFails(persons: persons, closest: lastFullTime ?? fullTime)
            }
            lastFullTime = fullTime
            guard fullTime.meets(request.targets, confidence: request.confidence) else { continue }
            var low = SizingSplit.leastFraction * persons - 1
            var high = SizingSplit.fullTime * persons
            var found = fullTime
            while high - low > 1 {
                let middle = (low + high) / 2
                let outcome = evaluate(persons, middle)
                if outcome.meets(request.targets, confidence: request.confidence) {
                    high = middle
                    found = outcome
                } else {
                    low = middle
                }
            }
            if high < bestSteps { best = found; bestSteps = high }
        }
        if let best { return .met(best) }
        return .unmet(closest: lastFullTime!)
    }

    /// The unit's doctors kept, its nurses replaced by candidates.
    func staffList(_ id: String, nurses: [Double], in variant: Scenario? = nil) -> [Person] {
        let unit = (variant ?? probe.scenario).units.first { $0.id == id }!
        return SizingProbe.nurses(nurses) + unit.doctors
    }

    // MARK: Doctors

    /// The most doctors (at least one) that keep ≥ 25 newborns each with the confidence, and
    /// the probability with that many. Candidate doctors are named by position like nurses.
    func doctorAdvice(_ unit: Unit) -> (count: Int, probability: Double) {
        let fraction = unit.doctors.isEmpty ? 0.2 : unit.doctors.reduce(0) { $0 + $1.fraction } / Double(unit.doctors.count)
        func probability(_ count: Int) -> Double {
            let doctors = (1...count).map { Person(id: "advice-D\($0)", role: .doctor, fraction: fraction) }
            return probe.evaluate(unit: unit.id, staff: unit.nurses + doctors).probability(.newbornsPerDoctor)
        }
        var count = 1
        var current = probability(1)
        // Each added doctor lowers newborns per doctor; the count is bounded by newborns / 25.
        while current >= request.confidence && count < Self.maxDoctors {
            let next = probability(count + 1)
            guard next >= request.confidence else { break }
            count += 1
            current = next
        }
        return (count, current)
    }
}
