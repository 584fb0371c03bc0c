import CSVText
import Foundation

/// A row type of a result file. Its columns are its `Column` cases: in order, the CSV header;
/// as keys (sorted, as every JSON file is written), the JSON objects. Its one exhaustive
/// `value(_:)` gives each column's value, so a column added to
/// `Column` is a compile error until it has a value, and the CSV and JSON files cannot disagree.
public protocol ResultTableRow: Encodable, Sendable {
    associatedtype Column: CodingKey, CaseIterable, RawRepresentable where Column.RawValue == String

    /// The value of `column` in this row.
    func value(_ column: Column) -> FieldValue

    /// Reads a CSV row; errors name the file, the line and the column.
    init(_ record: TableRecord) throws(ResultFormatError)

    /// Columns added after files were first written, which a file may lack (read as empty).
    static var optionalColumns: Set<String> { get }
}

extension ResultTableRow {
    /// None: every column is required.
    public static var optionalColumns: Set<String> { [] }

    /// The header of the CSV file, in order; also the keys of the JSON objects.
    public static var columns: [String] { Column.allCases.map(\.rawValue) }

    /// Writes the JSON object: every column as its key, null for a missing number. (``json(_:)``
    /// writes the same text without the encoder.)
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Column.self)
        for column in Column.allCases { try value(column).encode(into: &container, forKey: column) }
    }

    /// The rows as a CSV file: the header, then one line per row. The Swedish Excel dialect
    /// separates with semicolons, writes decimal commas and starts with a UTF-8 byte-order mark,
    /// by which Excel knows the encoding.
    public static func csv(_ rows: [Self], dialect: CSVDialect = .tidy) -> String {
        let separator = UInt8(ascii: dialect.separator), lineFeed = UInt8(ascii: "\n")
        let columns = Array(Column.allCases)
        var text = TextBytes(capacity: 16 * (rows.count + 1) * max(columns.count, 1))
        if dialect != .tidy { text.append("\u{FEFF}") }
        // Index loops: this generic code is not specialised, and an enumerated sequence's
        // iterator then costs more than the field it yields.
        for index in 0..<columns.count {
            if index > 0 { text.append(byte: separator) }
            text.appendCSVField(columns[index].rawValue, separator: separator)
        }
        text.append(byte: lineFeed)
        for row in rows {
            for index in 0..<columns.count {
                if index > 0 { text.append(byte: separator) }
                switch row.value(columns[index]) {
                case .number(let value?) where dialect == .tidy: text.appendNumber(value)
                case .number(nil): break
                case .integer(let value): text.appendInteger(value)
                case let other: text.appendCSVField(other.csvText(in: dialect), separator: separator)
                }
            }
            text.append(byte: lineFeed)
        }
        return text.text
    }

    /// The rows as a JSON file: an array of objects with the CSV's columns as keys and the same
    /// numbers (null where the CSV field is empty).
    public static func json(_ rows: [Self]) -> String {
        TableRowJSON.text(rows)
    }

    /// Reads a CSV file of these rows, checking that the header holds every column (but the
    /// optional ones) and that every row has as many fields as the header. `fileName` names the
    /// file in errors.
    public static func read(csv text: String, fileName: String) throws(ResultFormatError) -> [Self] {
        try TableRecord.records(in: text, fileName: fileName, required: columns.filter { !optionalColumns.contains($0) }).map { record throws(ResultFormatError) in
            try Self(record)
        }
    }
}
