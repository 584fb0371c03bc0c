/// One row of the optional `comparison.csv`: the difference `other − base` for one unit,
/// year and indicator, computed on common random numbers.
public struct ComparisonRow: Equatable, Sendable {
    public var base: String
    public var other: String
    public var unit: String
    public var year: Int
    public var indicator: String
    public var baseMean: Double
    public var otherMean: Double
    public var diffMean: Double
    public var diffP05: Double
    public var diffP95: Double
    /// Probability that `other` is better than `base`; `nil` where the file leaves it empty.
    public var pBetter: Double?
    /// Change in the probability of meeting the target; `nil` where the indicator has no target.
    public var deltaPMeet: Double?

    /// The columns `comparison.csv` must have.
    public static let columns = [
        "base", "other", "unit", "year", "indicator", "base_mean", "other_mean",
        "diff_mean", "diff_p05", "diff_p95", "p_better", "delta_p_meet",
    ]

    public init(
        base: String, other: String, unit: String, year: Int, indicator: String,
        baseMean: Double, otherMean: Double, diffMean: Double, diffP05: Double, diffP95: Double,
        pBetter: Double?, deltaPMeet: Double?
    ) {
        self.base = base
        self.other = other
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.baseMean = baseMean
        self.otherMean = otherMean
        self.diffMean = diffMean
        self.diffP05 = diffP05
        self.diffP95 = diffP95
        self.pBetter = pBetter
        self.deltaPMeet = deltaPMeet
    }

    init(_ row: CSVTable.Row) throws {
        self.init(
            base: row.text("base"), other: row.text("other"), unit: row.text("unit"),
            year: try row.integer("year"), indicator: row.text("indicator"),
            baseMean: try row.number("base_mean"), otherMean: try row.number("other_mean"),
            diffMean: try row.number("diff_mean"), diffP05: try row.number("diff_p05"),
            diffP95: try row.number("diff_p95"), pBetter: try row.optionalNumber("p_better"),
            deltaPMeet: try row.optionalNumber("delta_p_meet"))
    }
}
