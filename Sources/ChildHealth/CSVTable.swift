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

    /// Reads `text`; a missing or unknown column, or a row with the wrong number of fields, is
    /// logged against the file and line.
    init?(text: String, file: String, required: [String], optional: [String] = [], log: ProblemLog) {
        self.file = file
        let allowed = (required + optional).joined(separator: ", ")
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            log.report(file, nil, "", "is not valid CSV: \(error)")
            return nil
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        var headerOK = true
        for column in required where !header.contains(column) {
            log.report(file, 1, column, "missing column (allowed columns: \(allowed))")
            headerOK = false
        }
        for column in header where !(required + optional).contains(column) {
            let hint = closestName(to: column, among: required + optional).map { "; did you mean '\($0)'?" } ?? ""
            log.report(file, 1, column, "unknown column\(hint) (allowed columns: \(allowed))")
            headerOK = false
        }
        guard headerOK else { return nil }
        let lines = Self.recordLines(text)
        var rows: [Row] = []
        for (index, fields) in csv.rows.enumerated() {
            let line = index + 1 < lines.count ? lines[index + 1] : lines.last ?? 1
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

    /// The line on which each non-empty record starts, header first, following quotes so a
    /// field with a line break does not shift the count.
    private static func recordLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var inQuotes = false
        var atRecordStart = true
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if character == "\n" || character == "\r\n" {
                line += 1
                if !inQuotes { atRecordStart = true }
                continue
            }
            if atRecordStart && !inQuotes || atRecordStart && character == "\"" {
                lines.append(line)
                atRecordStart = false
            }
        }
        return lines
    }
}
