import CSVText

/// One value of a result-file row, as both the CSV and the JSON file write it.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case integer(Int)
    /// A number; nil (or NaN) is an empty CSV field and a JSON null.
    case number(Double?)
    /// `yes`/`no` in CSV, a boolean in JSON.
    case flag(Bool)
    /// Employment fractions: `1.0;0.75` in CSV (one or two decimals), an array in JSON.
    case fractions([Double])

    /// The CSV field.
    public var csvText: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .number(let value): value.map(NumberFormat.string) ?? ""
        case .flag(let value): value ? "yes" : "no"
        case .fractions(let values): values.map(Self.fractionText).joined(separator: ";")
        }
    }

    /// The CSV field in `dialect`: numbers with its decimal marker.
    public func csvText(in dialect: CSVDialect) -> String {
        switch self {
        case .number, .fractions: dialect.number(csvText)
        case .text, .integer, .flag: csvText
        }
    }

    /// A fraction with two decimals, the second dropped when it is 0: `1.0`, `0.75`.
    static func fractionText(_ fraction: Double) -> String {
        var text = String(format: "%.2f", fraction)
        if text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Writes the value under `key`, null for a missing number.
    func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
        switch self {
        case .text(let text): try container.encode(text, forKey: key)
        case .integer(let value): try container.encode(value, forKey: key)
        case .number(let value):
            if let value, value.isFinite { try container.encode(value, forKey: key) } else { try container.encodeNil(forKey: key) }
        case .flag(let value): try container.encode(value, forKey: key)
        case .fractions(let values): try container.encode(values, forKey: key)
        }
    }
}
