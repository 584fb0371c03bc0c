import MonteCarlo

/// One line of the tidy results table: an indicator's distribution for one unit and year.
public struct ResultRow: Sendable, Equatable {
    public var scenario: String
    public var unit: String
    public var year: Int
    public var indicator: String
    public var mean: Double
    public var p05: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double
    /// Probability of meeting the target; nil where the indicator has none.
    public var pMeet: Double?
    public var target: Double?

    /// The columns of results.csv and the keys of results.json, in order.
    public static let columns = ["scenario", "unit", "year", "indicator", "mean", "p05", "p50", "p95", "p_meet", "target"]

    init(scenario: String, unit: String, year: Int, indicator: String, aggregate: CellAggregate, threshold: Threshold?) {
        self.scenario = scenario
        self.unit = unit
        self.year = year
        self.indicator = indicator
        mean = aggregate.mean
        p05 = aggregate.quantile(0.05)
        p25 = aggregate.quantile(0.25)
        p50 = aggregate.quantile(0.50)
        p75 = aggregate.quantile(0.75)
        p95 = aggregate.quantile(0.95)
        pMeet = threshold.map { _ in aggregate.probabilityMet }
        target = threshold?.bound
    }
}
