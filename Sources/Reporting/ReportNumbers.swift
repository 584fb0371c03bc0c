import ResultFormat

extension ReportLanguage {
    /// A number as a reader of this language expects it, with the digits ``NumberFormat`` gives
    /// (so a cell still reads as the file does): in Swedish a decimal comma, and digit groups of
    /// three set apart by a no-break space in numbers of five digits or more (`12 345,6`), as the
    /// Swedish Language Council advises; in English exactly as results.csv writes it.
    public func number(_ value: Double) -> String {
        let text = NumberFormat.string(value)
        guard self == .sv else { return text }
        let exponentStart = text.firstIndex(of: "e") ?? text.endIndex
        let mantissa = text[..<exponentStart]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        let unsigned = mantissa.drop { $0 == "-" }
        let pointAt = unsigned.firstIndex(of: ".") ?? unsigned.endIndex
        var integer = String(unsigned[..<pointAt])
        if integer.count >= 5 {
            var groups: [String] = []
            while integer.count > 3 {
                groups.insert(String(integer.suffix(3)), at: 0)
                integer.removeLast(3)
            }
            integer = ([integer] + groups).joined(separator: "\u{00A0}")
        }
        let fraction = pointAt < unsigned.endIndex ? "," + unsigned[unsigned.index(after: pointAt)...] : ""
        return sign + integer + fraction + text[exponentStart...]
    }
}
