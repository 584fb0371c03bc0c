import CSVText

/// A result file's text built as UTF-8 bytes: appending bytes to one growing buffer, rather than
/// small `String`s to a `String`, makes writing a run's result set (tens of thousands of
/// fields) take a fraction of the time. The texts are the same as ``NumberFormat`` and the CSV
/// and JSON rules give.
struct TextBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text built so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// A finite number as ``NumberFormat/string(_:)`` writes it; nothing for NaN or infinity.
    mutating func appendNumber(_ value: Double) {
        _ = NumberFormat.withText(of: value) { bytes.append(contentsOf: $0) }
    }

    /// An integer in decimal.
    mutating func appendInteger(_ value: Int) { append(String(value)) }

    /// A CSV field, quoted where ``CSVWriting`` quotes it.
    mutating func appendCSVField(_ field: String, separator: UInt8) {
        CSVWriting.append(field: field, separator: separator, to: &bytes)
    }
}
