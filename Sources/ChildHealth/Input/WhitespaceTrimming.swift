import Foundation

extension StringProtocol {
    /// The text without the spaces and tabs (and other Unicode space separators) at either end,
    /// as `trimmingCharacters(in: .whitespaces)` gives it, but without Foundation's bridging when
    /// there is nothing to trim: a text that begins and ends with an ASCII character other than a
    /// space or tab (nearly every field of an input file) is returned as it is.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        func keeps(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && scalar != " " && scalar != "\t" }
        return keeps(first) && keeps(last) ? String(self) : trimmingCharacters(in: .whitespaces)
    }
}
