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
        /// Each scenario's own target for the cell (a unit's ceiling follows its CNI).
        public var baseTarget: Threshold?
        public var otherTarget: Threshold?

        /// Whether both scenarios give the cell a target.
        public var hasTarget: Bool { baseTarget != nil && otherTarget != nil }

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
