import Reporting
import ResultFormat

/// Text tables for the terminal: columns padded to a common width.
enum TerminalTable {
    /// The first column left-aligned, the rest right-aligned unless `leftAligned` (for text);
    /// trailing spaces trimmed.
    static func aligned(_ rows: [[String]], leftAligned: Bool = false) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            var line = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || leftAligned ? cell + padding : padding + cell
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// A mean for a table cell: two decimals below 2 in magnitude (shares, probabilities), one
    /// above; with the decimal marker of `language`.
    static func short(_ value: Double, language: ReportLanguage = .en) -> String {
        let scale = abs(value) < 2 ? 100.0 : 10.0
        return language.number((value * scale).rounded() / scale)
    }
}
