import Foundation

/// The one way numbers are written in every result file and report: up to 6 significant digits,
/// C's `%.6g` (no trailing zeros, exponent only below 1e-4 or from 1e6), so a table cell reads
/// exactly as the file does. JSON files hold the same numbers: rows keep their values
/// ``rounded(_:)``, and a JSON number of such a value reads back as the CSV text does.
public enum NumberFormat {
    /// The text of a finite number; empty for NaN or infinity.
    public static func string(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        // C's own printf, not Foundation's String(format:), which costs ten times as much and
        // weighed on writing a result set's tens of thousands of numbers.
        var buffer = (0 as UInt64, 0 as UInt64, 0 as UInt64, 0 as UInt64)  // 32 bytes: "%.6g" needs at most 13
        let text = withUnsafeMutableBytes(of: &buffer) { raw in
            let characters = raw.bindMemory(to: CChar.self)
            _ = withVaList([value]) { vsnprintf(characters.baseAddress, characters.count, "%.6g", $0) }
            return String(cString: characters.baseAddress!)
        }
        return text == "-0" ? "0" : text
    }

    /// `value` rounded to what ``string(_:)`` writes, so files and JSON agree; NaN and
    /// infinities stay as they are.
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return Double(string(value)) ?? value
    }
}
