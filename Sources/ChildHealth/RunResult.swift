import MonteCarlo

/// What a run produces: the scenario as run and one row per (unit, year, indicator).
public struct RunResult: Sendable {
    public var scenario: Scenario
    public var rows: [ResultRow]
    /// The raw aggregates behind `rows`, for tests and comparisons.
    public var aggregates: [String: CellAggregate]

    /// The row for a unit, calendar year and indicator.
    public func row(unit: String, year: Int, indicator: String) -> ResultRow? {
        rows.first { $0.unit == unit && $0.year == year && $0.indicator == indicator }
    }

    /// The aggregate for a unit, calendar year and indicator.
    public func aggregate(unit: String, year: Int, indicator: String) -> CellAggregate? {
        aggregates[Self.key(unit: unit, year: year, indicator: indicator)]
    }

    static func key(unit: String, year: Int, indicator: String) -> String { "\(unit)|\(year)|\(indicator)" }
}

/// Runs scenarios: the one place where the domain meets the Monte Carlo runner.
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
        var rows: [ResultRow] = []
        var byKey: [String: CellAggregate] = [:]
        for (cell, aggregate) in zip(layout.cells, aggregates) {
            let year = scenario.startYear + cell.yearIndex
            byKey[RunResult.key(unit: cell.unit, year: year, indicator: cell.indicator)] = aggregate
            // An indicator undefined in every trial (no doctor, no programme) has no row.
            guard aggregate.count > 0 else { continue }
            rows.append(ResultRow(scenario: scenario.name, unit: cell.unit, year: year, indicator: cell.indicator,
                                  aggregate: aggregate, threshold: cell.threshold))
        }
        return RunResult(scenario: scenario, rows: rows, aggregates: byKey)
    }
}
