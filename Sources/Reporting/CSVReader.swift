import Foundation

/// One record of a CSV file: its fields and the line of the file it starts on (1-based).
public struct CSVRecord: Equatable, Sendable {
    public var fields: [String]
    public var line: Int
}

/// A small RFC 4180 reader: comma-separated fields, records ended by LF or CRLF,
/// fields optionally quoted with `"` (a quote inside a quoted field is written `""`,
/// and a quoted field may span lines). Blank lines are skipped; a leading BOM is ignored.
public enum CSVReader {
    /// Splits `text` into records. `fileName` names the file in errors.
    public static func records(in text: String, fileName: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var afterClosingQuote = false

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
            afterClosingQuote = false
        }

        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            index = scalars.index(after: index)
            if inQuotes {
                if c == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
                afterClosingQuote = false
            case "\r":
                guard index < scalars.endIndex, scalars[index] == "\n" else {
                    throw ReportingError.malformedFile(file: fileName, line: line, reason: "carriage return outside a quoted field")
                }
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else {
                    throw ReportingError.malformedFile(file: fileName, line: line, reason: "a quote inside an unquoted field (quote the whole field and write the quote as \"\")")
                }
                inQuotes = true
                fieldWasQuoted = true
            default:
                if afterClosingQuote {
                    throw ReportingError.malformedFile(file: fileName, line: line, reason: "text after the closing quote of a field")
                }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes {
            throw ReportingError.malformedFile(file: fileName, line: recordLine, reason: "a quoted field is not closed before the end of the file")
        }
        if !fields.isEmpty || !field.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
