import Reporting
import ResultFormat

/// A probability of meeting a target as a table cell: in percent (``PercentText``), coloured at a
/// glance — green from 80%, yellow from 50%, red below — with the digits results.csv writes as
/// its tooltip and, the file's own value, in `data-value` for anyone reading the page by program.
enum ProbabilityCell {
    static func html(_ row: ResultRow?, language: ReportLanguage, kind: String = "p-meet") -> String {
        guard let row, let p = row.pMeet else { return "<td class=\"num muted\">–</td>" }
        let tone = p >= 0.8 ? "p-good" : p >= 0.5 ? "p-middle" : "p-bad"
        return "<td class=\"num \(tone)\" data-kind=\"\(kind)\" data-unit=\"\(h(row.unit))\" data-year=\"\(row.year)\" "
            + "data-indicator=\"\(h(row.indicator))\" data-value=\"\(NumberFormat.string(p))\" title=\"\(language.number(p))\">"
            + "\(PercentText.probability(p, language: language))</td>"
    }

    /// The colour legend.
    static func legend(_ language: ReportLanguage) -> String {
        "<p class=\"legend\"><span class=\"p-good\" style=\"background:var(--good)\">\(h(WebText.legendGood.text(language)))</span>"
            + "<span style=\"background:var(--middle)\">\(h(WebText.legendMiddle.text(language)))</span>"
            + "<span style=\"background:var(--bad)\">\(h(WebText.legendBad.text(language)))</span></p>"
    }
}
