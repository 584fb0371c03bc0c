/// One row of `observed.csv` (`bhvplan observe`): an indicator as the registrations show it, in
/// the columns of `results.csv` — `scenario` is `observed`, `mean` the observed value, `p_meet` 1
/// or 0 against the target, the quantile columns empty, and `n_defined` the children behind the
/// value (the newborns connected to the unit on 31 December).
public struct ObservedRow: ResultTableRow, Equatable {
    /// The `scenario` of every observed row.
    public static let scenario = "observed"

    public var unit: String
    public var year: Int
    public var indicator: String
    public var value: Double
    public var met: Bool?
    public var target: Double?
    public var children: Int

    public typealias Column = ResultRow.Column

    /// Fewest children a shown value may rest on, as official statistics mask small cells.
    public static let fewestShown = 5

    /// Whether reports and the terminal must mask the value: it rests on fewer than
    /// ``fewestShown`` children, or is a count of 1 to 4 of them (newborns, the extended
    /// programme's counts). `observed.csv`, which stays with the region, is never masked.
    public var isMasked: Bool {
        if children < Self.fewestShown { return true }
        let isCount = indicator == IndicatorID.newborns.rawValue || indicator.hasPrefix("ext_")
        return isCount && value > 0 && value < Double(Self.fewestShown)
    }

    /// A row of an observed value.
    public init(unit: String, year: Int, indicator: String, value: Double, met: Bool?, target: Double?, children: Int) {
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.value = value
        self.met = met
        self.target = target
        self.children = children
    }

    /// The value of `column`, as both files write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .scenario: .text(Self.scenario)
        case .unit: .text(unit)
        case .year: .integer(year)
        case .indicator: .text(indicator)
        case .mean: .number(value)
        case .p05, .p50, .p95, .meanSE, .pMeetSE: .number(nil)  // an observation has no spread
        case .pMeet: .number(met.map { $0 ? 1 : 0 })
        case .target: .number(target)
        case .nDefined: .integer(children)
        }
    }

    /// Reads one row of `observed.csv`; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        let met = try record.optionalNumber("p_meet")
        if let met, met != 0 && met != 1 { throw record.problem("p_meet: \(NumberFormat.string(met)) is not a yes or no (allowed: 1, 0 or empty)") }
        self.init(unit: record.text("unit"), year: try record.integer("year"), indicator: record.text("indicator"),
                  value: try record.number("mean"), met: met.map { $0 == 1 }, target: try record.optionalNumber("target"),
                  children: try record.integer("n_defined"))
    }
}
