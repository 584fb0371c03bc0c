import MonteCarlo

/// What `bhvplan compare` produces: for each other scenario and each output cell defined in both,
/// the base's and the other's distributions and the paired difference's.
public struct ScenarioComparison: Sendable {
    /// The statistics of one cell for one pair of scenarios.
    public struct Cell: Sendable {
        public var key: CellKey
        public var base: CellAggregate
        public var other: CellAggregate
        /// other − base, trial by trial.
        public var difference: CellAggregate
        /// 1 where other was strictly better in a trial, 0 where not; empty without a direction.
        public var better: CellAggregate
        /// Whether either way counts as better for this cell (see ``ComparisonDirection``).
        public var hasDirection: Bool
        /// Whether both scenarios give the cell a target.
        public var hasTarget: Bool

        /// Only where both scenarios define the value in some trial is there a difference.
        public var isDefined: Bool { difference.count > 0 }
    }

    /// The scenarios as run: the base, then the others, all with the base's seed and trials.
    public var base: Scenario
    public var others: [Scenario]
    /// Per other scenario (in the order of `others`), every base cell, in the base's layout order.
    public var pairs: [[Cell]]
    private let positions: [CellKey: Int]

    init(base: Scenario, others: [Scenario], pairs: [[Cell]]) {
        self.base = base
        self.others = others
        self.pairs = pairs
        positions = Dictionary((pairs.first ?? []).enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The statistics of a unit's indicator in a calendar year against `others[other]`.
    public func cell(other: Int, unit: String, year: Int, indicator: Indicator) -> Cell? {
        positions[.unit(unit, year, indicator)].map { pairs[other][$0] }
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
        let pairs = others.indices.map { position in
            let first = layout.otherBase(position + 1)
            let otherLayout = layout.layouts[position + 1]
            return baseCells.enumerated().map { index, cell in
                let otherThreshold = otherLayout.cells[layout.sourceCells[position + 1][index]].threshold
                return ScenarioComparison.Cell(
                    key: cell.key(startYear: base.startYear), base: aggregates[index], other: aggregates[first + index],
                    difference: aggregates[first + length + index], better: aggregates[first + 2 * length + index],
                    hasDirection: layout.directions[index] != nil,
                    hasTarget: cell.threshold != nil && otherThreshold != nil)
            }
        }
        return ScenarioComparison(base: base, others: others, pairs: pairs)
    }
}
