import CSV

/// Reads CSV text with yaslab/CSV.swift: fields separated by `separator` (`,`, or `;` as Swedish
/// Excel writes), records ended by LF, CRLF or CR, fields optionally quoted with `"` (a quote
/// inside written `""`; a quoted field may span lines). A leading byte-order mark is ignored and
/// blank lines are skipped. Each record remembers the line it starts on.
public enum CSVReading {
    /// The records of `text`; throws when a quote is never closed.
    public static func records(in text: String, separator: Unicode.Scalar = ",") throws(CSVReadProblem) -> [CSVRecord] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if let line = unclosedQuoteLine(body) { throw .unclosedQuote(line: line) }
        // Reading a String never fails: the reader throws only for streams and header rows.
        guard let reader = try? CSVReader(string: body, hasHeaderRow: false, delimiter: separator) else { return [] }
        var records: [CSVRecord] = []
        var line = 1
        while let fields = reader.next() {
            if fields != [""] { records.append(CSVRecord(fields: fields, line: line)) }
            // The record's own line break, and those inside its quoted fields.
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        return records
    }

    /// The line of a quote that is never closed, or nil. Every well-formed quoted field holds an
    /// even number of quotes (the pair around it and two for each quote inside), so the text's
    /// count of quotes is odd exactly when one is left open: on the last line where the running
    /// count turned odd.
    private static func unclosedQuoteLine(_ text: String) -> Int? {
        var odd = false
        var line = 1
        var openedOn = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                odd.toggle()
                if odd { openedOn = line }
            }
            if isLineBreak(scalar, afterCR: afterCR) { line += 1 }
            afterCR = scalar == "\r"
        }
        return odd ? openedOn : nil
    }

    /// The line breaks in `text` as the reader counts them: LF, CR LF and a lone CR, each one.
    static func lineBreaks(in text: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar, afterCR: afterCR) { count += 1 }
            afterCR = scalar == "\r"
        }
        return count
    }

    /// Whether `scalar` starts a new line: a CR, or an LF that does not end a CR LF pair.
    private static func isLineBreak(_ scalar: Unicode.Scalar, afterCR: Bool) -> Bool {
        scalar == "\r" || scalar == "\n" && !afterCR
    }
}
