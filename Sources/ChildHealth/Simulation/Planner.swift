import MonteCarlo

/// Runs scenarios: the one place where a single scenario meets the Monte Carlo runner.
public enum Planner {
    /// Runs `scenario` with `scenario.trials` trials on `workers` threads. Returns nil when
    /// `isCancelled` stopped the run. Results are identical for any number of workers.
    public static func run(_ scenario: Scenario, workers: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> RunResult? {
        let plan = RegionPlan(scenario: scenario)
        let layout = CellLayout(plan: plan)
        let runner = MonteCarloRunner(trials: scenario.trials, workers: max(1, workers))
        guard let aggregates = runner.run(
            thresholds: layout.cells.map(\.threshold),
            makeSimulator: { RegionTrialSimulator(plan: plan, layout: layout) },
            progress: progress, isCancelled: isCancelled)
        else { return nil }
        let cells = zip(layout.cells, aggregates).map { cell, aggregate in
            RunResult.Cell(key: cell.key(startYear: scenario.startYear), aggregate: aggregate, threshold: cell.threshold)
        }
        return RunResult(scenario: scenario, cells: cells)
    }
}
