/// The JSON text of a result file's rows, written directly: the same bytes Foundation's
/// `JSONEncoder` writes for them as ``ResultJSON`` sets it up (pretty-printed, keys sorted by
/// their UTF-8 bytes, slashes unescaped; a number as Swift's shortest text without a trailing
/// `.0`), at a small part of its cost: the encoder's boxes and dynamic casts took longer than
/// the rest of writing a run's result set. Each row's JSON object comes from the same
/// `value(_:)` as its CSV line (a test checks every row type against the encoder).
enum TableRowJSON {
    static func text<Row: ResultTableRow>(_ rows: [Row]) -> String {
        guard !rows.isEmpty else { return "[\n\n]\n" }
        let columns = Row.Column.allCases.sorted { $0.stringValue.utf8.lexicographicallyPrecedes($1.stringValue.utf8) }
        let keys = columns.map { "    " + quoted($0.stringValue) + " : " }
        var text = "[\n"
        for (index, row) in rows.enumerated() {
            text += index == 0 ? "  {\n" : ",\n  {\n"
            for (position, column) in columns.enumerated() {
                if position > 0 { text += ",\n" }
                text += keys[position]
                append(row.value(column), to: &text)
            }
            text += "\n  }"
        }
        return text + "\n]\n"
    }

    private static func append(_ value: FieldValue, to text: inout String) {
        switch value {
        case .text(let string): text += quoted(string)
        case .integer(let integer): text += String(integer)
        case .number(let number):
            if let number, number.isFinite { text += self.number(number) } else { text += "null" }
        case .flag(let flag): text += flag ? "true" : "false"
        case .fractions(let values):
            guard !values.isEmpty else { text += "[\n\n    ]"; return }
            text += "[\n      " + values.map(number).joined(separator: ",\n      ") + "\n    ]"
        }
    }

    /// A finite number as the encoder writes it: `1`, `0.75`, `1e-05`.
    private static func number(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A JSON string: quotes, backslashes and control characters escaped, nothing else.
    private static func quoted(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{8}": text += "\\b"
            case "\u{C}": text += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
