import CNumberText

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

    /// A finite number as ``NumberFormat/string(_:)`` writes it (`%.6g`, `-0` as `0`); nothing
    /// for NaN or infinity.
    mutating func appendNumber(_ value: Double) {
        guard value.isFinite else { return }
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let length = Int(cnumbertext_g6(buffer.baseAddress, buffer.count, value))
            if length == 2 && buffer[0] == 0x2D && buffer[1] == 0x30 {  // "-0"
                bytes.append(0x30)
                return
            }
            for index in 0..<length { bytes.append(UInt8(bitPattern: buffer[index])) }
        }
    }

    /// An integer in decimal.
    mutating func appendInteger(_ value: Int) { append(String(value)) }

    /// A CSV field: quoted, its quotes doubled, when it holds a quote, a line break or
    /// `separator` (RFC 4180), as ``CSVWriting`` writes it.
    mutating func appendCSVField(_ field: String, separator: UInt8) {
        let quote = UInt8(ascii: "\"")
        let needsQuotes = field.utf8.contains {
            $0 == quote || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") || $0 == separator
        }
        guard needsQuotes else { return append(field) }
        bytes.append(quote)
        for byte in field.utf8 {
            if byte == quote { bytes.append(quote) }
            bytes.append(byte)
        }
        bytes.append(quote)
    }
}
