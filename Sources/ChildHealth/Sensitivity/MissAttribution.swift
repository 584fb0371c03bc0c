import MonteCarlo

/// Why a target is missed: the base's missed trials re-run, on common random numbers, with one
/// random driver neutralised at a time (``MissDriver``). A driver explains a missed trial when
/// the copy without it meets the target in that trial; a missed trial no single driver explains
/// is one where the unit falls short whatever happens. A trial two drivers each explain counts
/// for both.
public enum MissAttribution {
    /// The attribution of one cell.
    public struct Cell: Sendable {
        public var key: CellKey
        /// The base's values; its probability of meeting the target and missed trials.
        public var base: CellAggregate
        /// Per driver (in the order of ``Result/drivers``), the share of the missed trials the
        /// copy without it meets the target in; NaN when no trial missed.
        public var explained: [Double]
        /// The share of the missed trials no single driver explains.
        public var unexplained: Double
        /// Trials in which the base missed the target (defined and not met).
        public var missedTrials: Int { base.count - base.met }
        /// The base's target.
        public var threshold: Threshold
    }

    /// The attribution of every watched cell.
    public struct Result: Sendable {
        public var scenario: Scenario
        /// The drivers the scenario has, in the order of each cell's `explained`.
        public var drivers: [MissDriver]
        public var cells: [Cell]
    }

    /// Runs `scenario` and a copy without each driver it has in `scenario.trials` trials with its
    /// seed, following `keys` (cells of the scenario with a target). Returns nil when
    /// `isCancelled` stopped the run. Identical for any number of workers.
    public static func run(_ scenario: Scenario, keys: [CellKey], workers: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> Result? {
        let drivers = MissDriver.present(in: scenario)
        let plans = ([scenario] + drivers.map { $0.neutralised(scenario) }).map(RegionPlan.init(scenario:))
        let targets = WatchedTrial.thresholds(plan: plans[0], keys: keys).map { threshold in
            guard let threshold else { preconditionFailure("miss attribution needs cells with a target") }
            return threshold
        }
        let length = MissAttributionSimulator.blockLength(drivers: drivers.count)
        let thresholds = targets.flatMap { [$0] + Array(repeating: nil, count: length - 1) }
        let runner = MonteCarloRunner(trials: scenario.trials, workers: max(1, workers))
        guard let aggregates = runner.run(thresholds: thresholds,
                                          makeSimulator: { MissAttributionSimulator(plans: plans, keys: keys, thresholds: targets) },
                                          progress: progress, isCancelled: isCancelled)
        else { return nil }
        let cells = keys.indices.map { index in
            let first = index * length
            return Cell(key: keys[index], base: aggregates[first],
                        explained: drivers.indices.map { aggregates[first + 1 + $0].mean },
                        unexplained: aggregates[first + 1 + drivers.count].mean, threshold: targets[index])
        }
        return Result(scenario: scenario, drivers: drivers, cells: cells)
    }
}
