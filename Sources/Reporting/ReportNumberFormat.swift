import Foundation

/// The one way numbers are written in every report: up to 6 significant digits,
/// C's `%.6g` (no trailing zeros, exponent only below 1e-4 or from 1e6), the same rule
/// `results.csv` is written with, so a table cell reads exactly as the file does.
public enum ReportNumberFormat {
    public static func string(_ value: Double) -> String {
        let text = String(format: "%.6g", value)
        return text == "-0" ? "0" : text
    }
}
