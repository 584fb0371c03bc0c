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
        let keys = columns.map { Array(("    " + quoted($0.stringValue) + " : ").utf8) }
        let (opening, between, closing) = (Array("  {\n".utf8), Array(",\n".utf8), Array("\n  }".utf8))
        var text = TextBytes(capacity: 32 * rows.count * max(columns.count, 1))
        text.append("[\n")
        // Index loops: this generic code is not specialised, and an enumerated sequence's
        // iterator then costs more than the value it yields.
        for index in 0..<rows.count {
            if index > 0 { text.append(between) }
            text.append(opening)
            for position in 0..<columns.count {
                if position > 0 { text.append(between) }
                text.append(keys[position])
                append(rows[index].value(columns[position]), to: &text)
            }
            text.append(closing)
        }
        text.append("\n]\n")
        return text.text
    }

    private static func append(_ value: FieldValue, to text: inout TextBytes) {
        switch value {
        case .text(let string): appendQuoted(string, to: &text)
        case .integer(let integer): text.appendInteger(integer)
        case .number(let number):
            if let number, number.isFinite { text.append(self.number(number)) } else { text.append("null") }
        case .flag(let flag): text.append(flag ? "true" : "false")
        case .fractions(let values):
            guard !values.isEmpty else { text.append("[\n\n    ]"); return }
            text.append("[\n      " + values.map(number).joined(separator: ",\n      ") + "\n    ]")
        }
    }

    /// A finite number as the encoder writes it: `1`, `0.75`, `1e-05`.
    private static func number(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// `string` as a JSON string: as it is between quotes when nothing in it needs escaping
    /// (the names and ids of result rows), else by ``quoted(_:)``.
    private static func appendQuoted(_ string: String, to text: inout TextBytes) {
        let plain = !string.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        guard plain else { return text.append(quoted(string)) }
        text.append(byte: UInt8(ascii: "\""))
        text.append(string)
        text.append(byte: UInt8(ascii: "\""))
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
