import Reporting
import ResultFormat

/// What `bhvplan sensitivity` prints: the tornado as a table (largest change first, each range
/// with its origin) and a sentence per missed target.
enum SensitivitySummary {
    static func render(_ tornado: [SensitivityRow], _ attribution: [AttributionRow], language: ReportLanguage) -> String {
        var text = ""
        if let first = tornado.first {
            let place = first.unit == RegionUnit.id ? "the region" : first.unit
            let base = first.basePMeet.map { "P(meet) \(TerminalTable.short($0, language: language)), " } ?? ""
            text += "Sensitivity of \(first.indicator) at \(place) in \(first.year) (\(first.scenario)): \(base)mean \(TerminalTable.short(first.baseMean, language: language))\n"
            var rows = [["assumption", "value", "low", "high", "P low", "P high", "Δ P low", "Δ P high", "mean low", "mean high", "range"]]
            for row in tornado {
                func number(_ value: Double?) -> String { value.map { TerminalTable.short($0, language: language) } ?? "" }
                rows.append([row.assumption, language.number(row.value), language.number(row.low), language.number(row.high),
                             number(row.lowPMeet), number(row.highPMeet), signed(row.deltaPMeetLow, language),
                             signed(row.deltaPMeetHigh, language), number(row.lowMean), number(row.highMean), row.rangeOrigin])
            }
            text += TerminalTable.aligned(rows)
        }
        guard let first = attribution.first else { return text + "\nNo target missed more often than the confidence allows.\n" }
        text += "\nWhy targets are missed (\(first.scenario), \(first.year)):\n"
        for row in attribution { text += "  " + AttributionSentence.text(row, language: language) + "\n" }
        return text
    }

    /// A change with its sign (+0.12, −0.05, 0).
    private static func signed(_ value: Double?, _ language: ReportLanguage) -> String {
        guard let value else { return "" }
        let rounded = (value * 100).rounded() / 100
        let text = TerminalTable.short(abs(rounded), language: language)
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : text
    }
}
