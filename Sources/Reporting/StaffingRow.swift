import Foundation

/// One row of the optional `staffing.csv`: the staffing advice for one unit.
public struct StaffingRow: Equatable, Sendable {
    public var unit: String
    public var currentFTE: Double
    public var currentPersons: Int
    /// `nil` where no staffing meets the chosen targets (then `feasible` is false).
    public var advisedFTE: Double?
    public var advisedPersons: Int?
    /// Employment fractions of the advised persons, e.g. `[1.0, 0.75]`.
    public var advisedFractions: [Double]
    public var feasible: Bool
    public var pMeetSummary: String
    public var note: String

    /// The columns `staffing.csv` must have.
    public static let columns = [
        "unit", "current_fte", "current_persons", "advised_fte", "advised_persons",
        "advised_fractions", "feasible", "p_meet_summary", "note",
    ]

    public init(
        unit: String, currentFTE: Double, currentPersons: Int, advisedFTE: Double?, advisedPersons: Int?,
        advisedFractions: [Double], feasible: Bool, pMeetSummary: String, note: String
    ) {
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

    init(_ row: CSVTable.Row) throws {
        let fractions = try row.text("advised_fractions").split(separator: ";").map { part in
            let raw = part.trimmingCharacters(in: .whitespaces)
            guard let value = Double(raw), value.isFinite else {
                throw ReportingError.malformedFile(
                    file: row.fileName, line: row.line,
                    reason: "column 'advised_fractions': '\(raw)' is not a number (write fractions like 1.0;0.75)")
            }
            return value
        }
        let feasible: Bool
        switch row.text("feasible").trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes": feasible = true
        case "no": feasible = false
        case let other:
            throw ReportingError.malformedFile(
                file: row.fileName, line: row.line, reason: "column 'feasible': '\(other)' is neither yes nor no")
        }
        self.init(
            unit: row.text("unit"), currentFTE: try row.number("current_fte"),
            currentPersons: try row.integer("current_persons"), advisedFTE: try row.optionalNumber("advised_fte"),
            advisedPersons: try row.optionalInteger("advised_persons"), advisedFractions: fractions,
            feasible: feasible, pMeetSummary: row.text("p_meet_summary"), note: row.text("note"))
    }
}
