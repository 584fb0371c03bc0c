import Foundation

/// One cell of a worksheet. Numbers are stored as numbers, so a spreadsheet can sum and chart
/// them, whatever their display; text as inline text; an empty cell is left out of the sheet.
public enum SheetCell: Equatable, Sendable {
    case text(String)
    /// A number shown as `display` says; nil, NaN and infinities leave the cell empty.
    case number(Double?, NumberDisplay = .general)
    case empty

    /// How a number cell shows its value; the value itself is kept whole.
    public enum NumberDisplay: Equatable, Sendable {
        /// As many digits as the number has (Excel's General).
        case general
        /// Two decimals (`140.73`).
        case twoDecimals
        /// A share as a whole percentage (`0.56` shows `56%`).
        case percent
    }

    /// The text a reader sees in the cell, for fitting the column's width.
    var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let value?, let display) where value.isFinite:
            switch display {
            case .general: SheetXML.numberText(value)
            case .twoDecimals: String(format: "%.2f", value)
            case .percent: String(format: "%.0f%%", value * 100)
            }
        case .number, .empty: ""
        }
    }
}
