import SwiftCSV

/// A CSV file with an exact set of columns, read with SwiftCSV, whose rows remember their
/// line in the file so that problems can point at them.
struct CSVTable {
    struct Row {
        var line: Int
        var values: [String: String]
    }

    let file: String
    let rows: [Row]

    /// Reads `text`; malformed quoting, a missing, unknown or repeated column, or a row with the
    /// wrong number of fields, is logged against the file and line. Blank lines are skipped.
    init?(text: String, file: String, required: [String], optional: [String] = [], log: ProblemLog) {
        self.file = file
        let columns = required + optional
        let allowed = "the columns " + required.joined(separator: ", ")
            + (optional.isEmpty ? "" : "; optional " + optional.joined(separator: ", "))
        let records = Self.records(text)
        var rawRows: [[String]] = []
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { rawRows.append($0) }
        } catch {
            let line = records.first { (try? CSV<Enumerated>(string: $0.text, delimiter: .comma, loadColumns: false)) == nil }?.line
            log.report(file, line, "", "a quote is out of place (allowed: comma-separated fields; quote a whole field as \"…\" and double quotes inside it)")
            return nil
        }
        if let line = records.last?.unclosedQuoteLine {
            log.report(file, line, "", "a quoted field is not closed (allowed: comma-separated fields; quote a whole field as \"…\" and double quotes inside it)")
            return nil
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        var headerOK = true
        for column in required where !header.contains(column) {
            log.report(file, 1, column, "missing column (allowed: \(allowed))")
            headerOK = false
        }
        var seen: Set<String> = []
        for column in header {
            if !columns.contains(column) {
                let hint = didYouMean(column, among: columns)
                let name = column.isEmpty ? "a column without a name" : "unknown column"
                log.report(file, 1, shortened(column), "\(name)\(hint) (allowed: \(allowed))")
                headerOK = false
            } else if !seen.insert(column).inserted {
                log.report(file, 1, column, "column given twice (allowed: each column once)")
                headerOK = false
            }
        }
        guard headerOK else { return nil }
        var rows: [Row] = []
        for (index, fields) in rawRows.enumerated() where fields != [""] {
            let line = index + 1 < records.count ? records[index + 1].line : records.last?.line ?? 1
            guard fields.count == header.count else {
                log.report(file, line, "", "has \(fields.count) fields (allowed: \(header.count), one per column: \(header.joined(separator: ",")))")
                continue
            }
            var values: [String: String] = [:]
            for (column, value) in zip(header, fields) { values[column] = value.trimmingCharacters(in: .whitespaces) }
            rows.append(Row(line: line, values: values))
        }
        self.rows = rows
    }

    /// A record of the file: the line it starts on and its text.
    private struct Record {
        var line: Int
        var text = ""
        /// The line of a quote opened in this record and never closed.
        var unclosedQuoteLine: Int?
    }

    /// The file split into records as SwiftCSV splits it, at line breaks outside quotes, so a
    /// field with a line break does not shift the line numbers.
    private static func records(_ text: String) -> [Record] {
        var records = [Record(line: 1)]
        var line = 1
        var inQuotes = false
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
                records[records.count - 1].unclosedQuoteLine = inQuotes ? line : nil
            }
            if character == "\n" || character == "\r\n" { line += 1 }
            if character.isNewline && !inQuotes {
                records.append(Record(line: line))
            } else {
                records[records.count - 1].text.append(character)
            }
        }
        return records
    }
}
