import CSVText
import Foundation

/// A data row of a result file read against its columns: fields looked up by column name, every
/// malformed value reported with the file, line and column.
public struct TableRecord: Sendable {
    public let fileName: String
    public let line: Int
    let columns: [String: Int]
    let fields: [String]

    /// The field of `column` as it stands.
    public func text(_ column: String) -> String {
        columns[column].map { fields[$0] } ?? ""
    }

    /// A number; an empty field is an error.
    public func number(_ column: String) throws(ResultFormatError) -> Double {
        try required(optionalNumber(column), column, "a number")
    }

    /// A number, or nil for an empty field.
    public func optionalNumber(_ column: String) throws(ResultFormatError) -> Double? {
        let raw = text(column).trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return nil }
        guard let value = Double(raw), value.isFinite else { throw problem("\(column): '\(raw)' is not a finite number (allowed: a number)") }
        return value
    }

    /// A whole number; an empty field is an error.
    public func integer(_ column: String) throws(ResultFormatError) -> Int {
        try required(optionalInteger(column), column, "a whole number")
    }

    /// `value`, or an error that the column is empty but must hold `what`.
    private func required<Value>(_ value: Value?, _ column: String, _ what: String) throws(ResultFormatError) -> Value {
        guard let value else { throw problem("\(column): is empty (allowed: \(what))") }
        return value
    }

    /// A whole number, or nil for an empty field.
    public func optionalInteger(_ column: String) throws(ResultFormatError) -> Int? {
        let raw = text(column).trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { return nil }
        guard let value = Int(raw) else { throw problem("\(column): '\(raw)' is not a whole number (allowed: a whole number)") }
        return value
    }

    /// `yes` or `no`.
    public func flag(_ column: String) throws(ResultFormatError) -> Bool {
        switch text(column).trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes": return true
        case "no": return false
        case let other: throw problem("\(column): '\(other)' is neither yes nor no (allowed: yes, no)")
        }
    }

    /// Fractions written `1.0;0.75` (`1,0;0,75` in the Swedish Excel dialect); empty for an empty field.
    public func fractions(_ column: String) throws(ResultFormatError) -> [Double] {
        try text(column).split(separator: ";").map { part throws(ResultFormatError) in
            let raw = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let value = Double(raw), value.isFinite else {
                throw problem("\(column): '\(raw)' is not a number (allowed: fractions like 1.0;0.75)")
            }
            return value
        }
    }

    /// An error about this row.
    public func problem(_ reason: String) -> ResultFormatError {
        .malformedFile(file: fileName, line: line, reason: reason)
    }

    /// The data rows of `text`, in either dialect (``CSVDialect``, told by the header), after checking that the header holds every column in `required`
    /// and that every row has as many fields as the header.
    static func records(in text: String, fileName: String, required: [String]) throws(ResultFormatError) -> [TableRecord] {
        let records: [CSVRecord]
        do {
            records = try CSVDialect.detect(text).records(in: text)
        } catch {
            switch error {
            case .unclosedQuote(let line):
                throw .malformedFile(file: fileName, line: line, reason: "a quoted field is not closed before the end of the file (allowed: CSV as `bhvplan` writes it)")
            case .quoteOutOfPlace(let line):
                throw .malformedFile(file: fileName, line: line,
                                     reason: "a quote is out of place (allowed: a whole field quoted, with a quote inside it written as \"\")")
            }
        }
        guard let header = records.first else {
            throw .malformedFile(file: fileName, line: 1, reason: "the file is empty (allowed: the header \(required.joined(separator: ",")) and rows)")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() where columns[name] == nil { columns[name] = index }
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw .malformedFile(file: fileName, line: header.line,
                                 reason: "header lacks column(s) \(missing.joined(separator: ", ")) (allowed: a header with \(required.joined(separator: ",")))")
        }
        return try records.dropFirst().map { record throws(ResultFormatError) in
            guard record.fields.count == names.count else {
                throw .malformedFile(file: fileName, line: record.line,
                                     reason: "has \(record.fields.count) fields (allowed: \(names.count), as in the header)")
            }
            return TableRecord(fileName: fileName, line: record.line, columns: columns, fields: record.fields)
        }
    }
}
