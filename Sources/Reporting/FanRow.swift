/// One row of `fan.csv`: the quantiles drawn as a fan chart for one unit, year and indicator.
public struct FanRow: Equatable, Sendable {
    public var scenario: String
    public var unit: String
    public var year: Int
    public var indicator: String
    public var p05: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double

    /// The columns `fan.csv` must have.
    public static let columns = ["scenario", "unit", "year", "indicator", "p05", "p25", "p50", "p75", "p95"]

    public init(
        scenario: String, unit: String, year: Int, indicator: String,
        p05: Double, p25: Double, p50: Double, p75: Double, p95: Double
    ) {
        self.scenario = scenario
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.p05 = p05
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p95 = p95
    }

    init(_ row: CSVTable.Row) throws {
        self.init(
            scenario: row.text("scenario"), unit: row.text("unit"), year: try row.integer("year"),
            indicator: row.text("indicator"), p05: try row.number("p05"), p25: try row.number("p25"),
            p50: try row.number("p50"), p75: try row.number("p75"), p95: try row.number("p95"))
    }
}
