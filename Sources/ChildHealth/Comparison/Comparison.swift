import MonteCarlo

/// Runs scenarios side by side on common random numbers.
public enum Comparison {
    /// Runs `base` and every scenario in `others` in the same trials with the base's seed and
    /// trial count. Throws when the scenarios do not share units, start year and horizon;
    /// returns nil when `isCancelled` stopped the run. Identical for any number of workers.
    ///
    /// With `unit`, only that unit is simulated (a what-if answered while a person waits): its
    /// plan is still made from the whole region (boundary changes move children between units),
    /// so its cells are exactly those of a run of the whole region; the region rows then hold
    /// that unit alone.
    public static func run(base: Scenario, others: [Scenario], workers: Int, unit: String? = nil,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) throws(ComparisonMismatch) -> ScenarioComparison? {
        let (others, layout) = try aligned(base: base, others: others, unit: unit)
        let runner = MonteCarloRunner(trials: base.trials, workers: max(1, workers))
        guard let aggregates = runner.run(thresholds: layout.thresholds,
                                          makeSimulator: { ComparisonSimulator(layout: layout) },
                                          progress: progress, isCancelled: isCancelled)
        else { return nil }
        return comparison(base: base, others: others, layout: layout, aggregates: aggregates)
    }

    /// Runs only the trial blocks of `share` of the comparison (``run(base:others:workers:progress:isCancelled:)``),
    /// for ``merge(base:others:parts:)`` to combine with the other shards.
    public static func runShard(base: Scenario, others: [Scenario], share: BlockShare, workers: Int,
                                progress: (@Sendable (Int, Int) -> Void)? = nil,
                                isCancelled: (@Sendable () -> Bool)? = nil) throws(ComparisonMismatch) -> PartialAggregate? {
        let (_, layout) = try aligned(base: base, others: others)
        let runner = MonteCarloRunner(trials: base.trials, workers: max(1, workers))
        return runner.runBlocks(share.blocks(of: runner.blockCount), thresholds: layout.thresholds,
                                makeSimulator: { ComparisonSimulator(layout: layout) },
                                progress: progress, isCancelled: isCancelled)
    }

    /// The comparison from the parts of all its blocks: identical to one ``run(base:others:workers:progress:isCancelled:)``.
    public static func merge(base: Scenario, others: [Scenario],
                             parts: [PartialAggregate]) throws(ShardMergeProblem) -> ScenarioComparison {
        let (aligned, layout): ([Scenario], ComparisonLayout)
        do { (aligned, layout) = try Self.aligned(base: base, others: others) } catch { throw .mismatch(error.description) }
        let aggregates = try ShardMergeProblem.merge(parts, cells: layout.cellCount)
        return comparison(base: base, others: aligned, layout: layout, aggregates: aggregates)
    }

    /// The other scenarios on the base's seed and trials, and where their cells sit (of `unit`
    /// alone, when given); throws when they cannot be compared.
    private static func aligned(base: Scenario, others: [Scenario], unit: String? = nil) throws(ComparisonMismatch) -> ([Scenario], ComparisonLayout) {
        precondition(!others.isEmpty, "a comparison needs at least one other scenario")
        if let mismatch = ComparisonMismatch.check(base: base, others: others) { throw mismatch }
        let others = others.map { other in
            var aligned = other
            aligned.seed = base.seed
            aligned.trials = base.trials
            return aligned
        }
        let plans = ([base] + others).map { scenario in
            var plan = RegionPlan(scenario: scenario)
            if let unit { plan.units = plan.units.filter { $0.unit.id == unit } }
            return plan
        }
        return (others, ComparisonLayout(plans: plans))
    }

    /// The paired cells of the comparison from the aggregates of its layout's cells.
    private static func comparison(base: Scenario, others: [Scenario], layout: ComparisonLayout,
                                   aggregates: [CellAggregate]) -> ScenarioComparison {
        let length = layout.blockLength
        let baseCells = layout.layouts[0].cells
        let pairs = others.indices.map { position in
            let first = layout.otherBase(position + 1)
            let otherLayout = layout.layouts[position + 1]
            return baseCells.enumerated().map { index, cell in
                let otherThreshold = otherLayout.cells[layout.sourceCells[position + 1][index]].threshold
                return ScenarioComparison.Cell(
                    key: cell.key(startYear: base.startYear), base: aggregates[index], other: aggregates[first + index],
                    difference: aggregates[first + length + index], better: aggregates[first + 2 * length + index],
                    hasDirection: layout.directions[index] != nil,
                    baseTarget: cell.threshold, otherTarget: otherThreshold)
            }
        }
        return ScenarioComparison(base: base, others: others, pairs: pairs)
    }
}
