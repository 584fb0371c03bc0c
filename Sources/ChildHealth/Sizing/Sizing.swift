/// Staffing advice for every unit of a scenario (or the one asked for), and what `bhvplan size`
/// prints and writes.
public struct SizingReport: Sendable {
    public var scenario: Scenario
    public var request: SizingRequest
    /// The calendar years sized for: the advice meets the targets in each.
    public var years: ClosedRange<Int>
    public var advice: [SizingAdvice]
}

/// Sizes nurse staffing to a confidence level on common random numbers (see ``SizingProbe``).
public enum Sizing {
    /// Advice for every unit of `scenario` (with its seed and trial count), or for `request.unit`.
    public static func advise(_ scenario: Scenario, request: SizingRequest) throws(SizingProblem) -> SizingReport {
        let yearIndices = try request.validate(against: scenario)
        let probes = yearIndices.map {
            SizingProbe(scenario: scenario, yearIndex: $0, workers: request.workers, isCancelled: request.isCancelled)
        }
        let sizer = UnitSizer(probes: probes, request: request)
        let units = scenario.units.filter { request.unit == nil || $0.id == request.unit }
        let advice = units.enumerated().map { index, unit in
            defer { request.progress?(index + 1, units.count) }
            return sizer.advise(unit)
        }
        if request.isCancelled?() == true { throw .stopped }
        let years = (scenario.startYear + yearIndices.lowerBound)...(scenario.startYear + yearIndices.upperBound)
        return SizingReport(scenario: scenario, request: request, years: years, advice: advice)
    }
}

/// The search for one unit, over one probe per year sized for.
struct UnitSizer: Sendable {
    let probes: [SizingProbe]
    let request: SizingRequest

    /// The scenario of the last year's probe (it simulates the most years).
    var scenario: Scenario { probes.last!.scenario }

    func advise(_ unit: Unit) -> SizingAdvice {
        let tradeOff = self.tradeOff(unit.id)
        let options = tradeOff.options
        let advised = options.preferred(personCostFTE: request.personCostFTE)
        let finding: SizingFinding
        var probabilities = advised?.probabilities ?? []
        if let advised {
            finding = .met(changeSteps: advised.steps! - SizingSplit.steps(unit.nurseFTE))
        } else if let floor = options.first(where: { $0.limit == .belowFloor }) {
            finding = .floorConflict(persons: floor.persons, pooling: pooling(unit))
            // The closest staffing: one person fewer at full time, or the one nurse herself.
            probabilities = options[max(floor.persons - 2, 0)].probabilities
        } else {
            finding = .unmet(maxPersons: request.maxPersons)
            probabilities = options.last!.probabilities
        }
        return SizingAdvice(
            unit: unit.id, currentFTE: unit.nurseFTE, currentPersons: unit.nurses.count,
            newborns: tradeOff.needs[0].newborns, ceiling: tradeOff.ceiling, options: options,
            advisedPersons: advised?.persons, probabilities: probabilities, needs: tradeOff.needs,
            doctors: doctorAdvice(unit), finding: finding)
    }

    /// The unit's doctors kept, its nurses replaced by candidates.
    func staffList(_ id: String, nurses: [Double], in variant: Scenario? = nil) -> [Person] {
        let unit = (variant ?? scenario).units.first { $0.id == id }!
        return SizingProbe.nurses(nurses) + unit.doctors
    }
}
