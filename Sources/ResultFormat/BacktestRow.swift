import Foundation

/// One row of `backtest.csv` (`bhvplan backtest --out`): how the projections of one year and
/// indicator, calibrated on the years before, did against what was registered — or of all years
/// or all indicators (`all`). Read back by `report` for its backtest page.
public struct BacktestRow: ResultTableRow, Equatable {
    /// The `year` and `indicator` of a row over every year or every indicator.
    public static let all = "all"

    public var scenario: String
    /// Nil: every year backtested.
    public var year: Int?
    /// An indicator id, or ``all``.
    public var indicator: String
    public var observations: Int
    /// Share of the observations inside the projected P5–P95, 0–1.
    public var inside: Double
    /// Mean absolute difference of the observed values from the projected means.
    public var meanAbsoluteError: Double
    /// The observations by their percentile in the projection: 0–10%, 10–20%, …, 90–100%.
    public var histogram: [Int]

    public enum Column: String, CodingKey, CaseIterable {
        case scenario, year, indicator, observations
        case inside = "inside_p05_p95", meanAbsoluteError = "mean_absolute_error"
        case pct0 = "pct_0_10", pct10 = "pct_10_20", pct20 = "pct_20_30", pct30 = "pct_30_40", pct40 = "pct_40_50"
        case pct50 = "pct_50_60", pct60 = "pct_60_70", pct70 = "pct_70_80", pct80 = "pct_80_90", pct90 = "pct_90_100"

        /// The columns of the histogram, lowest percentiles first.
        static let histogram: [Column] = [.pct0, .pct10, .pct20, .pct30, .pct40, .pct50, .pct60, .pct70, .pct80, .pct90]
    }

    /// A row; `inside` and `meanAbsoluteError` are rounded as the result files write numbers.
    public init(scenario: String, year: Int?, indicator: String, observations: Int, inside: Double, meanAbsoluteError: Double,
                histogram: [Int]) {
        self.scenario = scenario
        self.year = year
        self.indicator = indicator
        self.observations = observations
        self.inside = NumberFormat.rounded(inside)
        self.meanAbsoluteError = NumberFormat.rounded(meanAbsoluteError)
        self.histogram = histogram
    }

    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .scenario: .text(scenario)
        case .year: year.map(FieldValue.integer) ?? .text(Self.all)
        case .indicator: .text(indicator)
        case .observations: .integer(observations)
        case .inside: .number(inside)
        case .meanAbsoluteError: .number(meanAbsoluteError)
        default: .integer(histogram[Column.histogram.firstIndex(of: column)!])
        }
    }

    /// Reads one row of `backtest.csv`; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        let year = record.text(Column.year.rawValue).trimmingCharacters(in: .whitespaces)
        var histogram: [Int] = []
        for column in Column.histogram { histogram.append(try record.integer(column.rawValue)) }
        let inside = try record.number(Column.inside.rawValue)
        guard (0...1).contains(inside) else {
            throw record.problem("\(Column.inside.rawValue): \(NumberFormat.string(inside)) is not a share (allowed: 0 to 1)")
        }
        self.init(scenario: record.text(Column.scenario.rawValue),
                  year: year == Self.all ? nil : try record.integer(Column.year.rawValue),
                  indicator: record.text(Column.indicator.rawValue), observations: try record.integer(Column.observations.rawValue),
                  inside: inside, meanAbsoluteError: try record.number(Column.meanAbsoluteError.rawValue), histogram: histogram)
    }
}
