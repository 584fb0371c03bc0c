import CSVText

/// A CSV file with an exact set of columns, in either dialect (``CSVDialect``, told by its
/// header), whose rows remember their line in the file so that problems can point at them.
/// Numbers written with decimal commas reach the rows as the tidy dialect writes them.
struct CSVTable {
    struct Row {
        var line: Int
        var values: [String: String]
    }

    let file: String
    let rows: [Row]
    let dialect: CSVDialect

    /// Reads `text`; malformed quoting, a missing, unknown or repeated column, or a row with the
    /// wrong number of fields, is logged against the file and line. Blank lines are skipped.
    init?(text: String, file: String, required: [String], optional: [String] = [], log: ProblemLog) {
        self.file = file
        let columns = required + optional
        let allowed = "the columns " + required.joined(separator: ", ")
            + (optional.isEmpty ? "" : "; optional " + optional.joined(separator: ", "))
        dialect = CSVDialect.detect(text)
        let records: [CSVRecord]
        do {
            records = try dialect.records(in: text)
        } catch {
            let allowed = "(allowed: fields separated by '\(dialect.separator)' as in the header; quote a whole field as \"…\" and double quotes inside it)"
            switch error {
            case .unclosedQuote(let line): log.report(file, line, "", "a quoted field is not closed \(allowed)")
            case .quoteOutOfPlace(let line): log.report(file, line, "", "a quote is out of place \(allowed)")
            }
            return nil
        }
        let header = (records.first?.fields ?? []).map { $0.trimmingWhitespace() }
        let headerLine = records.first?.line ?? 1
        var headerOK = true
        for column in required where !header.contains(column) {
            log.report(file, headerLine, column, "missing column (allowed: \(allowed))")
            headerOK = false
        }
        var seen: Set<String> = []
        for column in header {
            if !columns.contains(column) {
                let hint = didYouMean(column, among: columns)
                let name = column.isEmpty ? "a column without a name" : "unknown column"
                log.report(file, headerLine, shortened(column), "\(name)\(hint) (allowed: \(allowed))")
                headerOK = false
            } else if !seen.insert(column).inserted {
                log.report(file, headerLine, column, "column given twice (allowed: each column once)")
                headerOK = false
            }
        }
        guard headerOK else { return nil }
        var rows: [Row] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                log.report(file, record.line, "", "has \(record.fields.count) fields (allowed: \(header.count), one per column: \(header.joined(separator: ",")))")
                continue
            }
            var values: [String: String] = [:]
            for (column, value) in zip(header, record.fields) { values[column] = value.trimmingWhitespace() }
            rows.append(Row(line: record.line, values: values))
        }
        self.rows = rows
    }
}
