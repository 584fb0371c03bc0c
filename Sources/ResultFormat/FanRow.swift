/// One row of `fan.csv`: the quantiles drawn as a fan chart for one unit, year and indicator
/// (the indicators of ``IndicatorID/fanCharted``).
public struct FanRow: ResultTableRow, Equatable {
    public var scenario: String
    public var unit: String
    public var year: Int
    public var indicator: String
    public var p05: Double
    public var p25: Double
    public var p50: Double
    public var p75: Double
    public var p95: Double

    /// The columns in order: the CSV header and the JSON keys.
    public enum Column: String, CodingKey, CaseIterable {
        case scenario, unit, year, indicator, p05, p25, p50, p75, p95
    }

    /// A row with every column's value.
    public init(scenario: String, unit: String, year: Int, indicator: String,
                p05: Double, p25: Double, p50: Double, p75: Double, p95: Double) {
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

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .scenario: .text(scenario)
        case .unit: .text(unit)
        case .year: .integer(year)
        case .indicator: .text(indicator)
        case .p05: .number(p05)
        case .p25: .number(p25)
        case .p50: .number(p50)
        case .p75: .number(p75)
        case .p95: .number(p95)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(scenario: record.text("scenario"), unit: record.text("unit"), year: try record.integer("year"),
                  indicator: record.text("indicator"), p05: try record.number("p05"), p25: try record.number("p25"),
                  p50: try record.number("p50"), p75: try record.number("p75"), p95: try record.number("p95"))
    }
}
