/// The two CSV dialects the planner reads and writes. Tidy CSV (commas, decimal points) is what
/// every tool reads and what the planner writes by default; Excel on a Swedish system saves and
/// opens CSV with semicolons and decimal commas, and recognises UTF-8 only by a byte-order mark.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// Comma-separated, decimal point, UTF-8 without a byte-order mark.
    case tidy
    /// Semicolon-separated, decimal comma, UTF-8 with a byte-order mark: opens by double-click in
    /// Swedish Excel.
    case excelSwedish = "excel-sv"

    /// The field separator.
    public var separator: Unicode.Scalar { self == .tidy ? "," : ";" }

    /// How messages and `validate` name the dialect.
    public var summary: String { self == .tidy ? "comma-separated, decimal point" : "Swedish Excel: semicolons, decimal commas" }

    /// The dialect of `text`, told by its header line: semicolons and no comma there mean the
    /// Swedish Excel dialect (a header's column names hold neither).
    public static func detect(_ text: String) -> CSVDialect {
        let header = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return header.contains(";") && !header.contains(",") ? .excelSwedish : .tidy
    }

    /// The records of `text` read in this dialect, a number written with a decimal comma (and
    /// spaces between digit groups, `1 234,5`) given as the tidy dialect writes it (`1234.5`),
    /// so that the reader of the fields needs to know only one way of writing numbers.
    public func records(in text: String) throws(CSVReadProblem) -> [CSVRecord] {
        let records = try CSVReading.records(in: text, separator: separator)
        guard self == .excelSwedish else { return records }
        return records.map { CSVRecord(fields: $0.fields.map(Self.tidyNumber), line: $0.line) }
    }

    /// `field` with its decimal comma as a point and digit-group spaces dropped when the whole
    /// field is such a number; any other field as it is.
    static func tidyNumber(_ field: String) -> String {
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        var body = Substring(trimmed)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? "" : "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return field }
        let groups = parts[0].split(omittingEmptySubsequences: false) { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        let grouped = groups.count > 1
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCIIDigit } }),
              !grouped || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }),
              parts.count == 1 || isFraction(parts[1]),
              parts.count == 2 || grouped else { return field }
        return sign + groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
    }

    /// Digits, then optionally an exponent: `52`, `5e-05`.
    private static func isFraction(_ text: Substring) -> Bool {
        let pieces = text.split(omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
        guard pieces.count <= 2, pieces[0].allSatisfy({ $0.isASCIIDigit }), !pieces[0].isEmpty else { return false }
        guard pieces.count == 2 else { return true }
        let exponent = pieces[1].first == "-" || pieces[1].first == "+" ? pieces[1].dropFirst() : pieces[1]
        return !exponent.isEmpty && exponent.allSatisfy { $0.isASCIIDigit }
    }

    /// A number as the tidy dialect writes it (`0.52`, `1e-05`), written in this dialect (`0,52`).
    public func number(_ tidy: String) -> String {
        self == .tidy ? tidy : tidy.replacingOccurrences(of: ".", with: ",")
    }
}

extension Character {
    /// `0`–`9` only (not other scripts' digits, which `Double` does not read).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
