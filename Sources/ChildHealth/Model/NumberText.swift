import Foundation

/// A number in the domain's own texts (assumptions, validation messages, sizing findings):
/// up to 6 significant digits as C's `%.6g`, the way the result files write numbers; empty for
/// NaN and infinities.
func formatNumber(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    let text = String(format: "%.6g", value)
    return text == "-0" ? "0" : text
}
