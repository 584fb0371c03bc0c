/// One row of `comparison.csv` / `comparison.json`: the difference `other − base` for one unit,
/// year and indicator, computed on common random numbers.
public struct ComparisonRow: ResultTableRow, Equatable {
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
    /// Probability that `other` is strictly better than `base`; nil where neither way is better.
    public var pBetter: Double?
    /// Change in the probability of meeting the target; nil where the indicator has no target.
    public var deltaPMeet: Double?

    /// The columns in order: the CSV header and the JSON keys.
    public enum Column: String, CodingKey, CaseIterable {
        case base, other, unit, year, indicator
        case baseMean = "base_mean"
        case otherMean = "other_mean"
        case diffMean = "diff_mean"
        case diffP05 = "diff_p05"
        case diffP95 = "diff_p95"
        case pBetter = "p_better"
        case deltaPMeet = "delta_p_meet"
    }

    /// A row with every column's value.
    public init(base: String, other: String, unit: String, year: Int, indicator: String,
                baseMean: Double, otherMean: Double, diffMean: Double, diffP05: Double, diffP95: Double,
                pBetter: Double?, deltaPMeet: Double?) {
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

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .base: .text(base)
        case .other: .text(other)
        case .unit: .text(unit)
        case .year: .integer(year)
        case .indicator: .text(indicator)
        case .baseMean: .number(baseMean)
        case .otherMean: .number(otherMean)
        case .diffMean: .number(diffMean)
        case .diffP05: .number(diffP05)
        case .diffP95: .number(diffP95)
        case .pBetter: .number(pBetter)
        case .deltaPMeet: .number(deltaPMeet)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(base: record.text("base"), other: record.text("other"), unit: record.text("unit"),
                  year: try record.integer("year"), indicator: record.text("indicator"),
                  baseMean: try record.number("base_mean"), otherMean: try record.number("other_mean"),
                  diffMean: try record.number("diff_mean"), diffP05: try record.number("diff_p05"),
                  diffP95: try record.number("diff_p95"), pBetter: try record.optionalNumber("p_better"),
                  deltaPMeet: try record.optionalNumber("delta_p_meet"))
    }
}
