import CSV

/// Reads CSV text with yaslab/CSV.swift: fields separated by `separator` (`,` by default; the
/// Swedish Excel dialect separates with `;`), records ended by LF, CRLF or CR, fields optionally quoted with `"` (a quote
/// inside written `""`; a quoted field may span lines). A leading byte-order mark is ignored and
/// blank lines are skipped. Each record remembers the line it starts on.
public enum CSVReading {
    /// The records of `text`; throws when a quote is never closed.
    public static func records(in text: String, separator: Unicode.Scalar = ",") throws(CSVReadProblem) -> [CSVRecord] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        try checkQuotes(body, separator: separator)
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

    /// Where a field is, for ``checkQuotes(_:separator:)``.
    private enum QuoteState {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Throws at the first quote out of place, or for a quote never closed, with its line. The
    /// reader itself takes such text as it comes (a stray quote becomes part of the field; an
    /// open quote swallows the rest of the file), so the problem is found here first.
    private static func checkQuotes(_ text: String, separator: Unicode.Scalar) throws(CSVReadProblem) {
        var state = QuoteState.fieldStart
        var line = 1
        var openedOn = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            let breaksLine = isLineBreak(scalar, afterCR: afterCR)
            let endsField = scalar == separator || scalar == "\r" || scalar == "\n"
            afterCR = scalar == "\r"
            switch (state, scalar) {
            case (.fieldStart, "\""): state = .quoted; openedOn = line
            case (.quoteInQuoted, "\""): state = .quoted
            case (.quoted, "\""): state = .quoteInQuoted
            case (.quoted, _): break
            case (.unquoted, "\""): throw .quoteOutOfPlace(line: line)
            case (.quoteInQuoted, _) where !endsField: throw .quoteOutOfPlace(line: line)
            default: state = endsField ? .fieldStart : .unquoted
            }
            if breaksLine { line += 1 }
        }
        if state == .quoted { throw .unclosedQuote(line: openedOn) }
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
