import MonteCarlo

/// A unit's chances of meeting its targets in one year with a candidate staff list.
///
/// Every candidate runs with the scenario's seed and the same trial numbers, and candidate
/// persons are named by position (`advice-N1`, `advice-N2`, …), so all candidates see the same
/// births and, person by person, the same sickness, leave and departures (common random
/// numbers): P(meet) then moves with the staffing, not with luck. Only that unit is simulated,
/// and only up to the year after the chosen one (enough for its families' visit windows), so
/// the values are exactly those `bhvplan run` gives with the same staff and seed.
struct SizingProbe: Sendable {
    /// The scenario truncated after the year following the chosen one.
    let scenario: Scenario
    let yearIndex: Int
    let workers: Int
    /// When it returns true, evaluations stop and return empty outcomes; the caller throws.
    let isCancelled: (@Sendable () -> Bool)?
    /// What each evaluation records: newborns and every indicator with a target.
    static let indicators: [Indicator] = [.newborns] + Indicator.targeted

    init(scenario: Scenario, yearIndex: Int, workers: Int, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.isCancelled = isCancelled
        var truncated = scenario
        truncated.horizon = min(scenario.horizon, yearIndex + 2)
        self.scenario = truncated
        self.yearIndex = yearIndex
        self.workers = workers
    }

    /// Candidate nurses at the given fractions, named by position.
    static func nurses(_ fractions: [Double], prefix: String = "advice-N") -> [Person] {
        fractions.enumerated().map { Person(id: "\(prefix)\($0.offset + 1)", role: .nurse, fraction: $0.element) }
    }

    /// Runs unit `id` with `staff` in place of its staff list (the scenario's interventions still
    /// apply on top), in `variant` when given (a pooled region) or the probe's own scenario.
    func evaluate(unit id: String, staff: [Person], in variant: Scenario? = nil) -> StaffingOutcome {
        var scenario = variant ?? self.scenario
        guard let index = scenario.units.firstIndex(where: { $0.id == id }) else {
            preconditionFailure("unit \(id) is not in scenario \(scenario.name)")
        }
        scenario.units[index].staff = staff
        let plan = RegionPlan(scenario: scenario).units[index]
        let thresholds = Self.indicators.map { $0.threshold(targets: scenario.targets, ceiling: plan.ceiling) }
        let runner = MonteCarloRunner(trials: scenario.trials, workers: max(1, workers))
        let yearIndex = self.yearIndex
        let frozen = scenario
        // Stopped: an empty outcome, quickly, so the search winds down; Sizing then throws.
        guard isCancelled?() != true, let aggregates = runner.run(thresholds: thresholds, makeSimulator: {
            UnitYearSimulator(own: WorkerUnitPlan(copying: plan), yearIndex: yearIndex, simulator: UnitTrialSimulator(scenario: frozen))
        }, isCancelled: isCancelled) else {
            return StaffingOutcome(aggregates: [:], ceiling: plan.ceiling, staff: staff)
        }
        return StaffingOutcome(aggregates: Dictionary(uniqueKeysWithValues: zip(Self.indicators, aggregates)),
                               ceiling: plan.ceiling, staff: staff)
    }
}

/// What one candidate staffing achieves in the chosen year.
struct StaffingOutcome: Sendable {
    let aggregates: [Indicator: CellAggregate]
    /// The unit's newborns-per-FTE ceiling.
    let ceiling: Double
    let staff: [Person]

    /// Probability of meeting `indicator`'s target over the trials where it is defined; 1 when
    /// it is defined in none (no family is ever due: nothing can be missed).
    func probability(_ indicator: Indicator) -> Double {
        guard let aggregate = aggregates[indicator] else { return 0 }
        return aggregate.count > 0 ? aggregate.probabilityMet : 1
    }

    /// Each of `targets` with its probability, in order.
    func probabilities(_ targets: [Indicator]) -> [TargetProbability] {
        targets.map { TargetProbability(indicator: $0, probability: probability($0)) }
    }

    /// Whether every target is met with at least `confidence`.
    func meets(_ targets: [Indicator], confidence: Double) -> Bool {
        targets.allSatisfy { probability($0) >= confidence }
    }

    /// Mean newborns in the year.
    var newborns: Double { aggregates[.newborns]?.mean ?? 0 }
}

/// Simulates one unit per trial and writes the probe's indicators for the chosen year.
private struct UnitYearSimulator: TrialSimulator {
    let own: WorkerUnitPlan
    let yearIndex: Int
    let simulator: UnitTrialSimulator

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        simulator.simulate(own, trial: trial)
        let tally = simulator.tallies[yearIndex]
        for (offset, indicator) in SizingProbe.indicators.enumerated() {
            cells[offset] = IndicatorReading(indicator).value(in: tally, programmeVisits: own.programmeVisits,
                                                            barnHLR: own.runsBarnHLR)
        }
    }
}
