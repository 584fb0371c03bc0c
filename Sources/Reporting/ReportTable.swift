import ResultFormat

/// A table of a report, independent of the output format: LaTeX, Markdown and HTML
/// render the same columns, rows and cells.
struct ReportTable {
    var caption: String?
    var columns: [Column]
    var rows: [Row]
    /// A line printed under the table (e.g. what a † means), or `nil`.
    var legend: String?

    struct Column {
        var title: String
        var kind: Kind

        enum Kind: Equatable {
            /// Short text on one line.
            case text
            /// Prose wrapped in a column `fraction` of the line width wide.
            case wrapped(fraction: Double)
            /// Numbers aligned on the decimal point.
            case number
            /// P5–P95 style ranges "a–b".
            case range
        }
    }

    enum Row {
        /// A heading row spanning all columns, e.g. a unit's name.
        case group(String)
        case cells([Cell])
        /// Prose spanning all columns, belonging to the row above.
        case note(String)
    }

    enum Cell {
        case text(String)
        /// A number; `flagged` marks a probability of meeting a target below 0.5.
        case number(Double, flagged: Bool)
        case range(Double, Double)
        case empty

        static func number(_ value: Double?) -> Cell {
            value.map { .number($0, flagged: false) } ?? .empty
        }

        /// A probability of meeting a target, flagged when below 0.5.
        static func probability(_ value: Double?) -> Cell {
            value.map { .number($0, flagged: $0 < 0.5) } ?? .empty
        }
    }

    /// Whether any cell is flagged, so the legend explaining the mark is needed.
    var hasFlaggedCells: Bool {
        rows.contains { row in
            guard case .cells(let cells) = row else { return false }
            return cells.contains { if case .number(_, true) = $0 { true } else { false } }
        }
    }
}
