import Foundation
import Reporting

/// Probabilities as a manager reads them: whole percent, never rounded up across the colour
/// bands' edges (79.95% is "79 %", as yellow as its cell), and the ends kept apart from
/// certainty — "< 1 %" and "> 99 %" unless the trials never or always met the target; their
/// changes in percentage points. Swedish puts a non-breaking space before the sign and writes
/// decimal commas. The exact value stays in the cell's `data-value` and `title`.
enum PercentText {
    static func probability(_ p: Double, language: ReportLanguage) -> String {
        let sign = language == .sv ? "\u{00A0}%" : "%"
        switch p {
        case ...0: return "0" + sign
        case 1...: return "100" + sign
        case ..<0.01: return "<\u{00A0}1" + sign
        case 0.99...: return ">\u{00A0}99" + sign
        default: return "\(Int((p * 100 + 1e-9).rounded(.down)))" + sign
        }
    }

    /// A change of probability in percentage points, signed, to one decimal.
    static func points(_ delta: Double, language: ReportLanguage) -> String {
        guard delta != 0 else { return "0" }
        let text = String(format: "%+.1f", delta * 100)
        return language == .sv ? text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "−") : text
    }
}
