import Reporting
import ResultFormat

/// A unit's probabilities of meeting its targets: one row per targeted indicator, one column per
/// projected year — the table of the unit page and of a what-if's answer.
enum ProbabilityTable {
    /// `rows` of one unit; `kind` marks the cells (`data-kind`) so that pages with two tables can
    /// be read apart.
    static func html(_ rows: [ResultRow], years: [Int], language: ReportLanguage, kind: String = "p-meet") -> String {
        let targeted = rows.filter { $0.pMeet != nil }
        let header = "<tr><th>\(h(language.text(.indicator)))</th><th class=\"num\">\(h(language.text(.target)))</th>"
            + years.map { "<th class=\"num\">\($0)</th>" }.joined() + "</tr>"
        let body = IndicatorID.sorted(Set(targeted.map(\.indicator))).map { indicator in
            let cells = targeted.filter { $0.indicator == indicator }
            let sign = IndicatorID(rawValue: indicator)?.targetKind.map { $0.symbol + " " } ?? ""
            let target = cells.first?.target.map { sign + language.number($0) } ?? ""
            return "<tr><td>\(h(language.indicatorName(indicator)))</td><td class=\"num\">\(h(target))</td>"
                + years.map { year in ProbabilityCell.html(cells.first { $0.year == year }, language: language, kind: kind) }.joined()
                + "</tr>"
        }
        return "<table class=\"probabilities\" data-kind=\"\(kind)\">\n<thead>\(header)</thead>\n<tbody>\n"
            + body.joined(separator: "\n") + "\n</tbody>\n</table>"
    }
}
