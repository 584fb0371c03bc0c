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

    /// Each column's width in characters: its longest body cell plus a margin, widened for the
    /// header only up to a short word's width (longer headers wrap), between 6 and 60.
    var columnWidths: [Double] {
        let count = rows.map(\.count).max() ?? 0
        let header = rows.prefix(frozenRows), body = rows.dropFirst(frozenRows)
        return (0..<count).map { column in
            func longest(_ rows: ArraySlice<[SheetCell]>) -> Int { rows.map { column < $0.count ? $0[column].displayText.count : 0 }.max() ?? 0 }
            let fitted = max(longest(body), min(longest(header), Self.headerWidth)) + 2
            return Double(min(max(fitted, 6), 60))
        }
    }

    /// The lines the row at `index` needs when its text wraps within `widths` (at least 1).
    func lines(ofRow index: Int, widths: [Double]) -> Int {
        zip(rows[index], widths).map { cell, width in
            let room = max(Int(width) - 2, 1)
            return cell.displayText.split(separator: " ").reduce(into: [0]) { lines, word in
                if lines[lines.count - 1] > 0 && lines[lines.count - 1] + 1 + word.count > room {
                    lines.append(word.count)
                } else {
                    lines[lines.count - 1] += (lines[lines.count - 1] > 0 ? 1 : 0) + word.count
                }
            }.count
        }.max() ?? 1
    }

    /// The most characters a header widens its column to; a longer header wraps.
    static let headerWidth = 16
}
