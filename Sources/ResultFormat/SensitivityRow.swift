/// One row of `sensitivity.csv` / `sensitivity.json`: one uncertain assumption set to the low and
/// the high end of its range, and what that does to one cell's probability of meeting its
/// target and mean, on common random numbers. Rows of a cell are sorted by the size of the
/// change (`swing`), largest first: the bars of a tornado chart.
public struct SensitivityRow: ResultTableRow, Equatable {
    public var scenario: String
    public var unit: String
    public var year: Int
    public var indicator: String
    /// The assumption's name in scenario files.
    public var assumption: String
    /// Where the range comes from: "set in the scenario", "source: <title>" or "assumption: ±20%".
    public var rangeOrigin: String
    public var value: Double
    public var low: Double
    public var high: Double
    public var baseMean: Double
    public var lowMean: Double
    public var highMean: Double
    /// Probability of meeting the target at the value in force, the low and the high end; nil
    /// where the indicator has no target.
    public var basePMeet: Double?
    public var lowPMeet: Double?
    public var highPMeet: Double?
    /// The larger change of the probability either way (of the mean where there is no target).
    public var swing: Double

    /// The columns in order: the CSV header and the JSON keys.
    public enum Column: String, CodingKey, CaseIterable {
        case scenario, unit, year, indicator, assumption
        case rangeOrigin = "range_origin"
        case value, low, high
        case baseMean = "base_mean"
        case lowMean = "low_mean"
        case highMean = "high_mean"
        case basePMeet = "base_p_meet"
        case lowPMeet = "low_p_meet"
        case highPMeet = "high_p_meet"
        case swing
    }

    /// A row with every column's value.
    public init(scenario: String, unit: String, year: Int, indicator: String, assumption: String, rangeOrigin: String,
                value: Double, low: Double, high: Double, baseMean: Double, lowMean: Double, highMean: Double,
                basePMeet: Double?, lowPMeet: Double?, highPMeet: Double?, swing: Double) {
        self.scenario = scenario
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.assumption = assumption
        self.rangeOrigin = rangeOrigin
        self.value = value
        self.low = low
        self.high = high
        self.baseMean = baseMean
        self.lowMean = lowMean
        self.highMean = highMean
        self.basePMeet = basePMeet
        self.lowPMeet = lowPMeet
        self.highPMeet = highPMeet
        self.swing = swing
    }

    /// Change of the probability at the low and the high end (nil without a target).
    public var deltaPMeetLow: Double? { lowPMeet.flatMap { low in basePMeet.map { low - $0 } } }
    public var deltaPMeetHigh: Double? { highPMeet.flatMap { high in basePMeet.map { high - $0 } } }

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .scenario: .text(scenario)
        case .unit: .text(unit)
        case .year: .integer(year)
        case .indicator: .text(indicator)
        case .assumption: .text(assumption)
        case .rangeOrigin: .text(rangeOrigin)
        case .value: .number(value)
        case .low: .number(low)
        case .high: .number(high)
        case .baseMean: .number(baseMean)
        case .lowMean: .number(lowMean)
        case .highMean: .number(highMean)
        case .basePMeet: .number(basePMeet)
        case .lowPMeet: .number(lowPMeet)
        case .highPMeet: .number(highPMeet)
        case .swing: .number(swing)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(scenario: record.text("scenario"), unit: record.text("unit"), year: try record.integer("year"),
                  indicator: record.text("indicator"), assumption: record.text("assumption"),
                  rangeOrigin: record.text("range_origin"), value: try record.number("value"),
                  low: try record.number("low"), high: try record.number("high"),
                  baseMean: try record.number("base_mean"), lowMean: try record.number("low_mean"),
                  highMean: try record.number("high_mean"), basePMeet: try record.optionalNumber("base_p_meet"),
                  lowPMeet: try record.optionalNumber("low_p_meet"), highPMeet: try record.optionalNumber("high_p_meet"),
                  swing: try record.number("swing"))
    }
}
