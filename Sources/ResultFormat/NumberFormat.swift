import CNumberText

/// The one way numbers are written in every result file and report: up to 6 significant digits,
/// C's `%.6g` (no trailing zeros, exponent only below 1e-4 or from 1e6), so a table cell reads
/// exactly as the file does. JSON files hold the same numbers: rows keep their values
/// ``rounded(_:)``, and a JSON number of such a value reads back as the CSV text does.
public enum NumberFormat {
    /// The text of a finite number; empty for NaN or infinity.
    public static func string(_ value: Double) -> String {
        withText(of: value) { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Lends `body` the UTF-8 bytes of ``string(_:)`` for a finite number, without making a
    /// `String` (a result file appends them to its own buffer); nil for NaN or infinity.
    static func withText<Result>(of value: Double, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard value.isFinite else { return nil }
        // C's own printf, not Foundation's String(format:) nor a Swift va_list, which cost many
        // times the formatting itself and weighed on writing a result set's tens of thousands
        // of numbers.
        var buffer = (0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64)  // 32 bytes: "%.6g" needs at most 13
        return withUnsafeMutableBytes(of: &buffer) { raw in
            let characters = raw.bindMemory(to: CChar.self)
            let length = Int(cnumbertext_g6(characters.baseAddress, characters.count, value))
            if length == 2 && raw[0] == UInt8(ascii: "-") && raw[1] == UInt8(ascii: "0") {
                return body(UnsafeRawBufferPointer(rebasing: raw[1..<2]))  // "-0" is written "0"
            }
            return body(UnsafeRawBufferPointer(rebasing: raw[..<length]))
        }
    }

    /// `value` rounded to what ``string(_:)`` writes, so files and JSON agree; NaN and
    /// infinities stay as they are.
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return Double(string(value)) ?? value
    }
}
