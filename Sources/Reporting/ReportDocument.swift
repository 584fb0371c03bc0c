import ResultFormat

/// A report's content, built once from a ``ResultSet`` and rendered by ``LaTeXReport``,
/// ``MarkdownReport`` and ``HTMLReport``, so the three formats always say the same.
struct ReportDocument {
    var language: ReportLanguage
    /// The scenario's name, as run.
    var scenario: String
    var title: String
    var subtitle: String
    var sections: [Section]

    struct Section {
        var title: String
        var blocks: [Block]
        /// Which section it is, by the name templates use (set by ``ReportDocumentBuilder``).
        var id = SectionID.about
    }

    /// The names by which a template places a section (`{{{section.probabilities}}}`).
    enum SectionID: String, CaseIterable {
        case about, probabilities, region, details, charts, comparison, staffing, assumptions, interventions
        case staffingTradeOff = "staffing_trade_off"
        case interventionLogic = "intervention_logic"
    }

    enum Block {
        case paragraph(String)
        case subheading(String)
        case table(ReportTable)
        /// The fan charts of one unit (or the region) under a common title.
        case charts(title: String, [FanChart])
        case definitions([Definition])
    }

    /// A term with its text and labelled details, e.g. one level of an intervention logic.
    struct Definition {
        var term: String
        var text: String
        var details: [(label: String, text: String)]
    }
}
