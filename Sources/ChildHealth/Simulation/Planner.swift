import MonteCarlo

/// Runs scenarios: the one place where a single scenario meets the Monte Carlo runner.
public enum Planner {
    /// Runs `scenario` with `scenario.trials` trials on `workers` threads, or with `precision`
    /// as many trials as it takes (the result then carries ``RunResult/precision`` and its
    /// scenario the trials run). Returns nil when `isCancelled` stopped the run. Results are
    /// identical for any number of workers, and a run to a precision is identical to a run of
    /// the trials it took.
    public static func run(_ scenario: Scenario, workers: Int, precision: PrecisionGoal? = nil,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> RunResult? {
        let plan = RegionPlan(scenario: scenario)
        let layout = CellLayout(plan: plan)
        let runner = MonteCarloRunner(trials: precision?.mostTrials ?? scenario.trials, workers: max(1, workers))
        guard let (aggregates, trials) = runner.run(
            thresholds: layout.cells.map(\.threshold),
            firstStage: precision.map { _ in PrecisionGoal.firstStage } ?? scenario.trials,
            nextStage: { aggregates, done in
                precision.flatMap { $0.nextTrials(done: done, largest: $0.largestError(layout.cells, aggregates)) }
            },
            makeSimulator: { RegionTrialSimulator(plan: plan, layout: layout) },
            progress: progress, isCancelled: isCancelled)
        else { return nil }
        var ran = scenario
        ran.trials = trials
        let cells = zip(layout.cells, aggregates).map { cell, aggregate in
            RunResult.Cell(key: cell.key(startYear: scenario.startYear), aggregate: aggregate, threshold: cell.threshold)
        }
        var result = RunResult(scenario: ran, cells: cells)
        result.precision = precision.map {
            PrecisionOutcome(goal: $0, trials: trials, largestError: $0.largestError(layout.cells, aggregates))
        }
        return result
    }
}
