/// One row of `staffing.csv` / `staffing.json`: the staffing advice for one unit.
public struct StaffingRow: ResultTableRow, Equatable {
    public var unit: String
    public var currentFTE: Double
    public var currentPersons: Int
    /// nil where no staffing meets the chosen targets (then `feasible` is false).
    public var advisedFTE: Double?
    public var advisedPersons: Int?
    /// Employment fractions of the advised persons, e.g. `[1.0, 0.75]`.
    public var advisedFractions: [Double]
    public var feasible: Bool
    public var pMeetSummary: String
    public var note: String

    /// The columns in order: the CSV header and the JSON keys.
    public enum Column: String, CodingKey, CaseIterable {
        case unit
        case currentFTE = "current_fte"
        case currentPersons = "current_persons"
        case advisedFTE = "advised_fte"
        case advisedPersons = "advised_persons"
        case advisedFractions = "advised_fractions"
        case feasible
        case pMeetSummary = "p_meet_summary"
        case note
    }

    /// A row with every column's value.
    public init(unit: String, currentFTE: Double, currentPersons: Int, advisedFTE: Double?, advisedPersons: Int?,
                advisedFractions: [Double], feasible: Bool, pMeetSummary: String, note: String) {
        self.unit = unit
        self.currentFTE = currentFTE
        self.currentPersons = currentPersons
        self.advisedFTE = advisedFTE
        self.advisedPersons = advisedPersons
        self.advisedFractions = advisedFractions
        self.feasible = feasible
        self.pMeetSummary = pMeetSummary
        self.note = note
    }

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .unit: .text(unit)
        case .currentFTE: .number(currentFTE)
        case .currentPersons: .integer(currentPersons)
        case .advisedFTE: .number(advisedFTE)
        case .advisedPersons: advisedPersons.map(FieldValue.integer) ?? .number(nil)
        case .advisedFractions: .fractions(advisedFractions)
        case .feasible: .flag(feasible)
        case .pMeetSummary: .text(pMeetSummary)
        case .note: .text(note)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(unit: record.text("unit"), currentFTE: try record.number("current_fte"),
                  currentPersons: try record.integer("current_persons"), advisedFTE: try record.optionalNumber("advised_fte"),
                  advisedPersons: try record.optionalInteger("advised_persons"),
                  advisedFractions: try record.fractions("advised_fractions"), feasible: try record.flag("feasible"),
                  pMeetSummary: record.text("p_meet_summary"), note: record.text("note"))
    }
}
