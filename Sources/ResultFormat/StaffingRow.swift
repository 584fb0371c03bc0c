/// One row of `staffing.csv` / `staffing.json`: one unit with one number of nurse persons — the
/// least FTE that many need (the trade-off) — next to the unit's advice, repeated on each of its
/// rows so that every row reads on its own.
public struct StaffingRow: ResultTableRow, Equatable {
    public var unit: String
    /// First and last calendar year sized for: the FTE meets the targets in each.
    public var firstYear: Int
    public var lastYear: Int
    /// This row's number of nurse persons, its least FTE (nil when that many cannot meet the
    /// targets) and that FTE's split.
    public var persons: Int
    public var leastFTE: Double?
    public var fractions: [Double]
    /// Each target's probability at this row's staffing: `first_home_visit 0.83; …`.
    public var pMeetSummary: String
    /// Whether this row is the unit's advice.
    public var advised: Bool
    public var currentFTE: Double
    public var currentPersons: Int
    /// The unit's advice: nil where no staffing meets the chosen targets (then `feasible` is false).
    public var advisedFTE: Double?
    public var advisedPersons: Int?
    /// Employment fractions of the advised persons, e.g. `[1.0, 0.75]`.
    public var advisedFractions: [Double]
    public var feasible: Bool
    /// Doctors now, and the advised headcount range: enough for the doctor hours, few enough for
    /// ≥ 25 newborns each (`doctors_most` 0: not even one; fewest above most: no headcount does both).
    public var doctorsNow: Int
    public var doctorsFewest: Int
    public var doctorsMost: Int
    /// The unit's note on its advice row (see ``isAdviceRow``), this row's own note on the others.
    public var note: String

    /// The row that carries the unit's advice and note: the advised one, or the first when the
    /// unit cannot be staffed alone.
    public var isAdviceRow: Bool { advised || (!feasible && persons == 1) }

    /// The columns in order: the CSV header and the JSON keys.
    public enum Column: String, CodingKey, CaseIterable {
        case unit
        case firstYear = "first_year"
        case lastYear = "last_year"
        case persons
        case leastFTE = "least_fte"
        case fractions
        case pMeetSummary = "p_meet_summary"
        case advised
        case currentFTE = "current_fte"
        case currentPersons = "current_persons"
        case advisedFTE = "advised_fte"
        case advisedPersons = "advised_persons"
        case advisedFractions = "advised_fractions"
        case feasible
        case doctorsNow = "doctors_now"
        case doctorsFewest = "doctors_fewest"
        case doctorsMost = "doctors_most"
        case note
    }

    /// A row with every column's value.
    public init(unit: String, firstYear: Int, lastYear: Int, persons: Int, leastFTE: Double?, fractions: [Double],
                pMeetSummary: String, advised: Bool, currentFTE: Double, currentPersons: Int, advisedFTE: Double?,
                advisedPersons: Int?, advisedFractions: [Double], feasible: Bool, doctorsNow: Int, doctorsFewest: Int,
                doctorsMost: Int, note: String) {
        self.unit = unit
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.persons = persons
        self.leastFTE = leastFTE
        self.fractions = fractions
        self.pMeetSummary = pMeetSummary
        self.advised = advised
        self.currentFTE = currentFTE
        self.currentPersons = currentPersons
        self.advisedFTE = advisedFTE
        self.advisedPersons = advisedPersons
        self.advisedFractions = advisedFractions
        self.feasible = feasible
        self.doctorsNow = doctorsNow
        self.doctorsFewest = doctorsFewest
        self.doctorsMost = doctorsMost
        self.note = note
    }

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .unit: .text(unit)
        case .firstYear: .integer(firstYear)
        case .lastYear: .integer(lastYear)
        case .persons: .integer(persons)
        case .leastFTE: .number(leastFTE)
        case .fractions: .fractions(fractions)
        case .pMeetSummary: .text(pMeetSummary)
        case .advised: .flag(advised)
        case .currentFTE: .number(currentFTE)
        case .currentPersons: .integer(currentPersons)
        case .advisedFTE: .number(advisedFTE)
        case .advisedPersons: advisedPersons.map(FieldValue.integer) ?? .number(nil)
        case .advisedFractions: .fractions(advisedFractions)
        case .feasible: .flag(feasible)
        case .doctorsNow: .integer(doctorsNow)
        case .doctorsFewest: .integer(doctorsFewest)
        case .doctorsMost: .integer(doctorsMost)
        case .note: .text(note)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(unit: record.text("unit"), firstYear: try record.integer("first_year"), lastYear: try record.integer("last_year"),
                  persons: try record.integer("persons"), leastFTE: try record.optionalNumber("least_fte"),
                  fractions: try record.fractions("fractions"), pMeetSummary: record.text("p_meet_summary"),
                  advised: try record.flag("advised"), currentFTE: try record.number("current_fte"),
                  currentPersons: try record.integer("current_persons"), advisedFTE: try record.optionalNumber("advised_fte"),
                  advisedPersons: try record.optionalInteger("advised_persons"),
                  advisedFractions: try record.fractions("advised_fractions"), feasible: try record.flag("feasible"),
                  doctorsNow: try record.integer("doctors_now"), doctorsFewest: try record.integer("doctors_fewest"),
                  doctorsMost: try record.integer("doctors_most"), note: record.text("note"))
    }
}
