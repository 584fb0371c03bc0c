import ResultFormat

/// A table of a report, independent of the output format: LaTeX, Markdown and HTML
/// render the same columns, rows and cells.
struct ReportTable {
    var caption: String?
    var columns: [Column]
    var rows: [Row]
    /// A line printed under the table (e.g. what a † means), or `nil`.
    var legend: String?
    /// Set in small type to fit many rows on a page (the summary's tables).
    var compact = false

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

    /// What a number's marks say: † a probability of meeting a target below 0.5 (the number is
    /// also set bold where the format can), ‡ a probability over fewer trials than the run had,
    /// as the indicator was undefined in the others (no family due).
    struct Marks: OptionSet, Hashable {
        let rawValue: Int
        static let miss = Marks(rawValue: 1)
        static let partlyDefined = Marks(rawValue: 2)

        /// The marks as printed after the number, "" for none.
        var symbols: String { (contains(.miss) ? "†" : "") + (contains(.partlyDefined) ? "‡" : "") }
    }

    enum Cell {
        case text(String)
        case number(Double, marks: Marks)
        case range(Double, Double)
        case empty

        static func number(_ value: Double?) -> Cell {
            value.map { .number($0, marks: []) } ?? .empty
        }

        /// A probability of meeting a target, marked when below 0.5, and when it is over only
        /// `defined` of the run's `trials` trials.
        static func probability(_ value: Double?, defined: Int? = nil, trials: Int? = nil) -> Cell {
            guard let value else { return .empty }
            var marks: Marks = value < 0.5 ? .miss : []
            if let defined, let trials, defined < trials { marks.insert(.partlyDefined) }
            return .number(value, marks: marks)
        }

        var marks: Marks {
            if case .number(_, let marks) = self { marks } else { [] }
        }
    }

    /// Every mark some cell carries, so the legends explaining them are given.
    var marks: Marks {
        rows.reduce(into: Marks()) { marks, row in
            guard case .cells(let cells) = row else { return }
            for cell in cells { marks.formUnion(cell.marks) }
        }
    }
}
