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
        let sizer = try UnitSizer(scenario, request: request)
        let units = scenario.units.filter { request.unit == nil || $0.id == request.unit }
        let advice = units.enumerated().map { index, unit in
            defer { request.progress?(index + 1, units.count) }
            return sizer.advise(unit)
        }
        if request.isCancelled?() == true { throw .stopped }
        return SizingReport(scenario: scenario, request: request, years: sizer.years, advice: advice)
    }

    /// What ``advise(_:request:)`` finds for the nurses of unit `id` alone: the advised FTE
    /// against now, or why no staffing meets the targets, with the probabilities of the advice or
    /// of the staffing that came closest; without the doctor headcount it adds. The miss
    /// attribution states it for a unit that falls short whatever happens.
    public static func nurseFinding(of id: String, in scenario: Scenario, request: SizingRequest)
        throws(SizingProblem) -> (finding: SizingFinding, probabilities: [TargetProbability]) {
        var request = request
        request.unit = id
        let sizer = try UnitSizer(scenario, request: request)
        let unit = scenario.units.first { $0.id == id }!
        let finding = sizer.finding(unit, options: sizer.tradeOff(id).options)
        if request.isCancelled?() == true { throw .stopped }
        return finding
    }
}

/// The search for one unit, over one probe per year sized for.
struct UnitSizer: Sendable {
    let probes: [SizingProbe]
    let request: SizingRequest
    /// The calendar years sized for.
    let years: ClosedRange<Int>

    /// A search for `request` in `scenario`, once the request is checked against it.
    init(_ scenario: Scenario, request: SizingRequest) throws(SizingProblem) {
        let yearIndices = try request.validate(against: scenario)
        probes = yearIndices.map {
            SizingProbe(scenario: scenario, yearIndex: $0, workers: request.workers, isCancelled: request.isCancelled)
        }
        self.request = request
        years = (scenario.startYear + yearIndices.lowerBound)...(scenario.startYear + yearIndices.upperBound)
    }

    /// The scenario of the last year's probe (it simulates the most years).
    var scenario: Scenario { probes.last!.scenario }

    func advise(_ unit: Unit) -> SizingAdvice {
        let tradeOff = self.tradeOff(unit.id)
        let options = tradeOff.options
        let (finding, probabilities) = self.finding(unit, options: options)
        return SizingAdvice(
            unit: unit.id, currentFTE: unit.nurseFTE, currentPersons: unit.nurses.count,
            newborns: tradeOff.needs[0].newborns, ceiling: tradeOff.ceiling, options: options,
            advisedPersons: options.preferred(personCostFTE: request.personCostFTE)?.persons, probabilities: probabilities,
            needs: tradeOff.needs, doctors: doctorAdvice(unit), finding: finding)
    }

    /// How the search among `unit`'s `options` ended, and the probabilities of the advice or,
    /// when no option meets the targets, of the staffing that came closest.
    func finding(_ unit: Unit, options: [StaffingOption]) -> (finding: SizingFinding, probabilities: [TargetProbability]) {
        if let advised = options.preferred(personCostFTE: request.personCostFTE) {
            return (.met(changeSteps: advised.steps! - SizingSplit.steps(unit.nurseFTE)), advised.probabilities)
        }
        if let floor = options.first(where: { $0.limit == .belowFloor }) {
            // The closest staffing: one person fewer at full time, or the one nurse herself.
            return (.floorConflict(persons: floor.persons, pooling: pooling(unit)), options[max(floor.persons - 2, 0)].probabilities)
        }
        return (.unmet(maxPersons: request.maxPersons), options.last!.probabilities)
    }

    /// The unit's doctors kept, its nurses replaced by candidates.
    func staffList(_ id: String, nurses: [Double], in variant: Scenario? = nil) -> [Person] {
        let unit = (variant ?? scenario).units.first { $0.id == id }!
        return SizingProbe.nurses(nurses) + unit.doctors
    }
}
