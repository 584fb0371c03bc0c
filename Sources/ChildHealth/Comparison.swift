import MonteCarlo
import Reporting

/// What `bhvplan compare` produces: for each other scenario and each (unit, year, indicator)
/// defined in both, the base and other means and the paired difference's distribution.
public struct ScenarioComparison: Sendable {
    /// The statistics of one (unit, year, indicator) for one pair of scenarios.
    public struct Cell: Sendable {
        public var base: CellAggregate
        public var other: CellAggregate
        /// other − base, trial by trial.
        public var difference: CellAggregate
        /// 1 where other was strictly better in a trial, 0 where not; empty without a direction.
        public var better: CellAggregate
    }

    /// The scenarios as run: the base, then the others, all with the base's seed and trials.
    public var base: Scenario
    public var others: [Scenario]
    /// Per other scenario (in the order of `others`), every base cell defined in both.
    public var pairRows: [[ComparisonRow]]
    /// Keyed by other scenario's position in `others`, then ``RunResult``'s `unit|year|indicator`.
    var cells: [[String: Cell]]

    /// comparison.csv's rows: every pair's rows, pair by pair.
    public var rows: [ComparisonRow] { pairRows.flatMap { $0 } }

    /// The statistics of a unit, calendar year and indicator against `others[other]`.
    public func cell(other: Int, unit: String, year: Int, indicator: String) -> Cell? {
        cells[other][RunResult.key(unit: unit, year: year, indicator: indicator)]
    }
}

/// Runs scenarios side by side on common random numbers.
public enum Comparison {
    /// Runs `base` and every scenario in `others` in the same trials with the base's seed and
    /// trial count. Throws when the scenarios do not share units, start year and horizon;
    /// returns nil when `isCancelled` stopped the run. Identical for any number of workers.
    public static func run(base: Scenario, others: [Scenario], workers: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) throws(ComparisonMismatch) -> ScenarioComparison? {
        precondition(!others.isEmpty, "a comparison needs at least one other scenario")
        if let mismatch = ComparisonMismatch.check(base: base, others: others) { throw mismatch }
        let others = others.map { other in
            var aligned = other
            aligned.seed = base.seed
            aligned.trials = base.trials
            return aligned
        }
        let layout = ComparisonLayout(plans: ([base] + others).map(RegionPlan.init(scenario:)))
        let runner = MonteCarloRunner(trials: base.trials, workers: max(1, workers))
        guard let aggregates = runner.run(thresholds: layout.thresholds,
                                          makeSimulator: { ComparisonSimulator(layout: layout) },
                                          progress: progress, isCancelled: isCancelled)
        else { return nil }

        let length = layout.blockLength
        let baseCells = layout.layouts[0].cells
        var pairRows: [[ComparisonRow]] = []
        var cells: [[String: ScenarioComparison.Cell]] = []
        for (position, other) in others.enumerated() {
            let first = layout.otherBase(position + 1)
            let otherLayout = layout.layouts[position + 1]
            var byKey: [String: ScenarioComparison.Cell] = [:]
            var rows: [ComparisonRow] = []
            for (index, cell) in baseCells.enumerated() {
                let pair = ScenarioComparison.Cell(base: aggregates[index], other: aggregates[first + index],
                                                 difference: aggregates[first + length + index],
                                                 better: aggregates[first + 2 * length + index])
                let year = base.startYear + cell.yearIndex
                byKey[RunResult.key(unit: cell.unit, year: year, indicator: cell.indicator)] = pair
                // Only where both scenarios define the indicator in some trial is there a difference.
                guard pair.difference.count > 0 else { continue }
                let otherThreshold = otherLayout.cells[layout.sourceCells[position + 1][index]].threshold
                let hasTarget = cell.threshold != nil && otherThreshold != nil
                rows.append(ComparisonRow(
                    base: base.name, other: other.name, unit: cell.unit, year: year, indicator: cell.indicator,
                    baseMean: pair.base.mean, otherMean: pair.other.mean, diffMean: pair.difference.mean,
                    diffP05: pair.difference.quantile(0.05), diffP95: pair.difference.quantile(0.95),
                    pBetter: layout.directions[index] == nil ? nil : pair.better.mean,
                    deltaPMeet: hasTarget ? pair.other.probabilityMet - pair.base.probabilityMet : nil))
            }
            cells.append(byKey)
            pairRows.append(rows)
        }
        return ScenarioComparison(base: base, others: others, pairRows: pairRows, cells: cells)
    }
}
