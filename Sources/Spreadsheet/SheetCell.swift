/// One cell of a worksheet. Numbers are stored as numbers, so a spreadsheet can sum and chart
/// them; text as inline text; an empty cell is left out of the sheet.
public enum SheetCell: Equatable, Sendable {
    case text(String)
    /// A number; nil, NaN and infinities leave the cell empty.
    case number(Double?)
    case empty

    /// The text a reader sees in the cell, for fitting the column's width.
    var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let value): value.flatMap { $0.isFinite ? SheetXML.numberText($0) : nil } ?? ""
        case .empty: ""
        }
    }
}
