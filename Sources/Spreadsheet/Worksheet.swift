/// One sheet of a workbook: a name, rows of cells whose first `frozenRows` rows (the header) and
/// first `frozenColumns` columns stay in view while scrolling, and bold header rows.
public struct Worksheet: Equatable, Sendable {
    /// The tab's name: at most 31 characters, none of `[]:*?/\` (Excel's rules).
    public var name: String
    public var rows: [[SheetCell]]
    public var frozenRows: Int
    public var frozenColumns: Int

    public init(name: String, rows: [[SheetCell]], frozenRows: Int = 1, frozenColumns: Int = 0) {
        self.name = name
        self.rows = rows
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
    }

    /// Each column's width in characters: its longest cell plus a margin, between 6 and 60.
    var columnWidths: [Double] {
        let count = rows.map(\.count).max() ?? 0
        return (0..<count).map { column in
            let longest = rows.map { column < $0.count ? $0[column].displayText.count : 0 }.max() ?? 0
            return Double(min(max(longest + 2, 6), 60))
        }
    }
}
