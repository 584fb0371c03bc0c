/// One row of `results.csv`: the distribution of one indicator for one unit in one year.
public struct ResultRow: Equatable, Sendable {
    public var scenario: String
    /// Unit id, or ``ResultRow/regionUnit`` for the region aggregate.
    public var unit: String
    public var year: Int
    public var indicator: String
    public var mean: Double
    public var p05: Double
    public var p50: Double
    public var p95: Double
    /// Probability of meeting the target; `nil` where the indicator has no target.
    public var pMeet: Double?
    public var target: Double?

    /// The unit id of the region aggregate rows.
    public static let regionUnit = "REGION"

    /// The columns `results.csv` must have.
    public static let columns = ["scenario", "unit", "year", "indicator", "mean", "p05", "p50", "p95", "p_meet", "target"]

    public init(
        scenario: String, unit: String, year: Int, indicator: String,
        mean: Double, p05: Double, p50: Double, p95: Double, pMeet: Double?, target: Double?
    ) {
        self.scenario = scenario
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.mean = mean
        self.p05 = p05
        self.p50 = p50
        self.p95 = p95
        self.pMeet = pMeet
        self.target = target
    }

    init(_ row: CSVTable.Row) throws {
        self.init(
            scenario: row.text("scenario"), unit: row.text("unit"), year: try row.integer("year"),
            indicator: row.text("indicator"), mean: try row.number("mean"), p05: try row.number("p05"),
            p50: try row.number("p50"), p95: try row.number("p95"),
            pMeet: try row.optionalNumber("p_meet"), target: try row.optionalNumber("target"))
    }
}
