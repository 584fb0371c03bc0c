import MonteCarlo

/// Sensitivity analysis (a tornado): every uncertain assumption set to the low and the high end
/// of its range, one at a time, as copies of the scenario run on common random numbers.
public enum Sensitivity {
    /// Whether `scenario`'s runs have the cell `key`.
    public static func hasCell(_ key: CellKey, in scenario: Scenario) -> Bool {
        let plan = RegionPlan(scenario: scenario)
        return CellLayout(plan: plan).cells.contains { $0.key(startYear: scenario.startYear) == key }
    }

    /// Runs `scenario` and its low and high copies for every assumption of
    /// ``UncertainAssumption/catalogue`` in `scenario.trials` trials with its seed, following the
    /// cells `keys` (each a cell of the scenario, see ``hasCell(_:in:)``). Returns nil when
    /// `isCancelled` stopped the run. Identical for any number of workers.
    public static func run(_ scenario: Scenario, keys: [CellKey], workers: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> SensitivityResult? {
        let assumptions = UncertainAssumption.catalogue
        let ranges = assumptions.map { $0.range(in: scenario) }
        var scenarios = [scenario]
        for (assumption, range) in zip(assumptions, ranges) {
            scenarios.append(assumption.applied(range.low, to: scenario))
            scenarios.append(assumption.applied(range.high, to: scenario))
        }
        let plans = scenarios.map(RegionPlan.init(scenario:))
        let thresholds = plans.flatMap { WatchedTrial.thresholds(plan: $0, keys: keys) }
        let runner = MonteCarloRunner(trials: scenario.trials, workers: max(1, workers))
        guard let aggregates = runner.run(thresholds: thresholds, makeSimulator: { SensitivitySimulator(plans: plans, keys: keys) },
                                          progress: progress, isCancelled: isCancelled)
        else { return nil }
        let count = keys.count
        let swings = keys.indices.map { cell in
            let swings = assumptions.indices.map { index in
                SensitivityResult.Swing(
                    key: keys[cell], assumption: assumptions[index].name, range: ranges[index],
                    value: assumptions[index].value(in: scenario), base: aggregates[cell],
                    low: aggregates[(1 + 2 * index) * count + cell], high: aggregates[(2 + 2 * index) * count + cell],
                    hasTarget: thresholds[cell] != nil)
            }
            // Stable: assumptions of equal effect stay in the catalogue's order.
            return swings.enumerated().sorted { left, right in
                if left.element.pMeetSwing != right.element.pMeetSwing { return left.element.pMeetSwing > right.element.pMeetSwing }
                if left.element.meanSwing != right.element.meanSwing { return left.element.meanSwing > right.element.meanSwing }
                return left.offset < right.offset
            }.map(\.element)
        }
        return SensitivityResult(scenario: scenario, keys: keys, swings: swings)
    }
}
