/// A table of an HTML report read back by its caption: the header titles and, for each data row,
/// its cells' text, the marks after a cell's number (†, ‡) apart, and the group it stands under
/// (the unit's label of a `rowgroup` row). Note rows are skipped. Lets a test find a value by
/// unit, indicator and year instead of anywhere.
public struct HTMLTable {
    public var header: [String]
    public var rows: [(group: String, cells: [String], marks: [String])]

    public init?(_ html: String, caption: String) {
        guard let start = html.range(of: "<caption>\(caption)</caption>") else { return nil }
        let table = html[start.upperBound...]
        let body = table[..<(table.range(of: "</table>")?.lowerBound ?? table.endIndex)]
        func texts(_ row: Substring, tag: String) -> [String] {
            row.components(separatedBy: "<\(tag)").dropFirst().map { part in
                let afterTag = part[part.index(after: part.firstIndex(of: ">")!)...]
                return String(afterTag[..<(afterTag.range(of: "</\(tag)>")?.lowerBound ?? afterTag.endIndex)])
            }
        }
        header = []
        rows = []
        var group = ""
        let parts: [String] = body.components(separatedBy: "<tr")
        for row in parts.dropFirst().map({ Substring($0) }) {
            if header.isEmpty && row.contains("<th") && !row.contains("rowgroup") {
                header = texts(row, tag: "th")
            } else if row.hasPrefix(" class=\"group\"") {
                group = texts(row, tag: "th").first ?? ""
            } else if !row.hasPrefix(" class=\"note\"") {
                let cells = texts(row, tag: "td").map { text -> (String, String) in
                    guard let mark = text.range(of: "<span class=\"mark\">") else { return (text, "") }
                    let symbols = text[mark.upperBound...].prefix { $0 != "<" }
                    return (String(text[..<mark.lowerBound]), String(symbols))
                }
                rows.append((group, cells.map(\.0), cells.map(\.1)))
            }
        }
    }

    /// The cell under `title` of the row under `group` whose first cell is `label`.
    public func cell(group: String = "", label: String, column title: String) -> String? {
        guard let column = header.firstIndex(of: title),
              let row = rows.first(where: { $0.group == group && $0.cells.first == label }) else { return nil }
        return column < row.cells.count ? row.cells[column] : nil
    }

    /// The marks after the number of the cell ``cell(group:label:column:)`` finds ("" for none).
    public func marks(group: String = "", label: String, column title: String) -> String? {
        guard let column = header.firstIndex(of: title),
              let row = rows.first(where: { $0.group == group && $0.cells.first == label }) else { return nil }
        return column < row.marks.count ? row.marks[column] : nil
    }

    /// The cell under `title` of the row of `year` (column `yearColumn`) in the block of rows that
    /// starts with `label` and continues with rows whose first cell is empty (the region table).
    public func cell(label: String, year: Int, yearColumn: String, column title: String) -> String? {
        guard let column = header.firstIndex(of: title), let yearIndex = header.firstIndex(of: yearColumn),
              let first = rows.firstIndex(where: { $0.cells.first == label }) else { return nil }
        let block = rows[first...].prefix { $0.cells.first == label || $0.cells.first == "" }
        return block.first { $0.cells[yearIndex] == String(year) }.map { $0.cells[column] }
    }
}
