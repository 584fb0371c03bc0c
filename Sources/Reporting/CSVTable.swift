import Foundation

/// A CSV file read against the columns it must have: rows are looked up by column name,
/// and every malformed value is reported with the file, line and column.
struct CSVTable {
    let rows: [Row]

    /// A data row with typed access to its fields by column name.
    struct Row {
        let fileName: String
        let line: Int
        let columns: [String: Int]
        let fields: [String]

        func text(_ column: String) -> String {
            fields[columns[column]!]
        }

        func number(_ column: String) throws -> Double {
            guard let value = try optionalNumber(column) else {
                throw ReportingError.malformedFile(file: fileName, line: line, reason: "column '\(column)' is empty but must hold a number")
            }
            return value
        }

        func optionalNumber(_ column: String) throws -> Double? {
            let raw = text(column).trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { return nil }
            guard let value = Double(raw), value.isFinite else {
                throw ReportingError.malformedFile(file: fileName, line: line, reason: "column '\(column)': '\(raw)' is not a finite number")
            }
            return value
        }

        func integer(_ column: String) throws -> Int {
            guard let value = try optionalInteger(column) else {
                throw ReportingError.malformedFile(file: fileName, line: line, reason: "column '\(column)' is empty but must hold a whole number")
            }
            return value
        }

        func optionalInteger(_ column: String) throws -> Int? {
            let raw = text(column).trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { return nil }
            guard let value = Int(raw) else {
                throw ReportingError.malformedFile(file: fileName, line: line, reason: "column '\(column)': '\(raw)' is not a whole number")
            }
            return value
        }
    }

    /// Parses `text`, checking that the header holds every column in `required`
    /// and that every row has as many fields as the header.
    init(text: String, fileName: String, required: [String]) throws {
        let records = try CSVReader.records(in: text, fileName: fileName)
        guard let header = records.first else {
            throw ReportingError.malformedFile(file: fileName, line: 1, reason: "the file is empty; expected the header \(required.joined(separator: ","))")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() where columns[name] == nil {
            columns[name] = index
        }
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw ReportingError.malformedFile(
                file: fileName, line: header.line,
                reason: "header lacks column(s) \(missing.joined(separator: ", ")); expected \(required.joined(separator: ","))")
        }
        rows = try records.dropFirst().map { record in
            guard record.fields.count == names.count else {
                throw ReportingError.malformedFile(
                    file: fileName, line: record.line,
                    reason: "expected \(names.count) fields as in the header, found \(record.fields.count)")
            }
            return Row(fileName: fileName, line: record.line, columns: columns, fields: record.fields)
        }
    }
}
