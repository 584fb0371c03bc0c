import MonteCarlo

/// What a run produces: the scenario as run and, for every output cell (unit or region, year,
/// what is measured), the distribution over the trials and the cell's target.
public struct RunResult: Sendable {
    /// One output cell of a run.
    public struct Cell: Sendable {
        public var key: CellKey
        /// The cell's values over the trials; its count is 0 where the value was undefined in
        /// every trial (no doctor, no programme).
        public var aggregate: CellAggregate
        /// The cell's target; nil where it has none.
        public var threshold: Threshold?
    }

    public var scenario: Scenario
    /// Every cell, in the order of the run's layout: units by scenario order, years, indicators;
    /// then the region cells year by year.
    public var cells: [Cell]
    /// How a run to a precision (`--precision`) ended; nil for a run of fixed trials.
    public var precision: PrecisionOutcome?
    private let positions: [CellKey: Int]

    init(scenario: Scenario, cells: [Cell]) {
        self.scenario = scenario
        self.cells = cells
        positions = Dictionary(cells.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The cell of `key`, if the run has it.
    public func cell(_ key: CellKey) -> Cell? {
        positions[key].map { cells[$0] }
    }

    /// The aggregate of a unit's indicator in a calendar year.
    public func aggregate(unit: String, year: Int, indicator: Indicator) -> CellAggregate? {
        cell(.unit(unit, year, indicator))?.aggregate
    }
}
