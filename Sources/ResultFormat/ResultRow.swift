/// One row of `results.csv` / `results.json`: the distribution of one indicator for one unit (or
/// the region, ``RegionUnit``) in one year, and the probability of meeting its target.
public struct ResultRow: ResultTableRow, Equatable {
    public var scenario: String
    public var unit: String
    public var year: Int
    public var indicator: String
    public var mean: Double
    public var p05: Double
    public var p50: Double
    public var p95: Double
    /// Probability of meeting the target over the trials where the indicator was defined (a
    /// coverage is undefined in a trial with no family due: not a miss); nil where the indicator
    /// has no target.
    public var pMeet: Double?
    public var target: Double?
    /// Trials in which the indicator was defined; fewer than the run's trials where it was not
    /// always (no family due, no nurse in post all year).
    public var nDefined: Int
    /// Monte Carlo standard error of `mean` (batch means over the run's blocks of trials); nil
    /// when the run had one block, or in a file written before the column was.
    public var meanSE: Double?
    /// Monte Carlo standard error of `pMeet`; nil where `pMeet` is, or as `meanSE` is.
    public var pMeetSE: Double?

    /// The columns in order: the CSV header and the JSON keys.
    public enum Column: String, CodingKey, CaseIterable {
        case scenario, unit, year, indicator, mean, p05, p50, p95
        case pMeet = "p_meet"
        case target
        case nDefined = "n_defined"
        case meanSE = "mean_se"
        case pMeetSE = "p_meet_se"
    }

    /// A row with every column's value.
    public init(scenario: String, unit: String, year: Int, indicator: String,
                mean: Double, p05: Double, p50: Double, p95: Double, pMeet: Double?, target: Double?, nDefined: Int,
                meanSE: Double? = nil, pMeetSE: Double? = nil) {
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
        self.nDefined = nDefined
        self.meanSE = meanSE
        self.pMeetSE = pMeetSE
    }

    /// The standard errors: results written before them lack them.
    public static var optionalColumns: Set<String> { [Column.meanSE.rawValue, Column.pMeetSE.rawValue] }

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .scenario: .text(scenario)
        case .unit: .text(unit)
        case .year: .integer(year)
        case .indicator: .text(indicator)
        case .mean: .number(mean)
        case .p05: .number(p05)
        case .p50: .number(p50)
        case .p95: .number(p95)
        case .pMeet: .number(pMeet)
        case .target: .number(target)
        case .nDefined: .integer(nDefined)
        case .meanSE: .number(meanSE)
        case .pMeetSE: .number(pMeetSE)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(scenario: record.text("scenario"), unit: record.text("unit"), year: try record.integer("year"),
                  indicator: record.text("indicator"), mean: try record.number("mean"), p05: try record.number("p05"),
                  p50: try record.number("p50"), p95: try record.number("p95"),
                  pMeet: try record.optionalNumber("p_meet"), target: try record.optionalNumber("target"),
                  nDefined: try record.integer("n_defined"),
                  meanSE: try record.optionalNumber("mean_se"), pMeetSE: try record.optionalNumber("p_meet_se"))
    }
}
