import MonteCarlo

/// A scenario's run split into shards (`bhvplan run --shard i/N`): each shard runs a share of
/// the trial blocks, and the parts of every block merge into exactly the result of one run.
public enum ShardedRun {
    /// Runs only the trial blocks of `share` of `scenario`'s trials on `workers` threads; nil
    /// when `isCancelled` stopped it.
    public static func run(_ scenario: Scenario, share: BlockShare, workers: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> PartialAggregate? {
        let plan = RegionPlan(scenario: scenario)
        let layout = CellLayout(plan: plan)
        let runner = MonteCarloRunner(trials: scenario.trials, workers: max(1, workers))
        return runner.runBlocks(share.blocks(of: runner.blockCount), thresholds: layout.cells.map(\.threshold),
                                makeSimulator: { RegionTrialSimulator(plan: plan, layout: layout) },
                                progress: progress, isCancelled: isCancelled)
    }

    /// The result of `scenario` from the parts of all its blocks: identical to ``Planner/run(_:workers:precision:progress:isCancelled:)``
    /// of the same scenario, seed and trials.
    public static func merge(_ scenario: Scenario, parts: [PartialAggregate]) throws(ShardMergeProblem) -> RunResult {
        let layout = CellLayout(plan: RegionPlan(scenario: scenario))
        let aggregates = try ShardMergeProblem.merge(parts, cells: layout.cells.count)
        let cells = zip(layout.cells, aggregates).map { cell, aggregate in
            RunResult.Cell(key: cell.key(startYear: scenario.startYear), aggregate: aggregate, threshold: cell.threshold)
        }
        return RunResult(scenario: scenario, cells: cells)
    }
}

/// Why the parts of a sharded run do not merge into the scenario they name.
public enum ShardMergeProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parts hold another number of cells than the scenario has: not its parts.
    case cells(parts: Int, scenario: Int)
    /// The scenarios of a comparison no longer compare.
    case mismatch(String)
    case parts(PartialMergeProblem)

    public var description: String {
        switch self {
        case .cells(let parts, let scenario): "the parts hold \(parts) cells, the scenario has \(scenario): they are not its parts"
        case .mismatch(let text): text
        case .parts(let problem): problem.description
        }
    }

    /// The merged aggregates of `parts`, which must hold `cells` cells.
    static func merge(_ parts: [PartialAggregate], cells: Int) throws(ShardMergeProblem) -> [CellAggregate] {
        if let part = parts.first(where: { $0.cells != cells }) { throw .cells(parts: part.cells, scenario: cells) }
        do { return try PartialAggregate.merge(parts) } catch { throw .parts(error) }
    }
}
