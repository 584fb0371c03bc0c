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
        /// The HTML anchor of a section linked to by name (a unit's page: its unit id).
        var anchor: String? = nil
        /// Whether the section starts a new page in print (a unit's page).
        var startsPage = false
    }

    /// The names by which a template places a section (`{{{section.probabilities}}}`).
    enum SectionID: String, CaseIterable {
        case about, probabilities, region, details, charts, observed, backtest, comparison, staffing, assumptions, interventions
        case staffingTradeOff = "staffing_trade_off"
        case interventionLogic = "intervention_logic"
        case summary
        case heatMap = "heat_map"
        case unitIndex = "unit_index"
        case unitPages = "unit_pages"
        case sensitivity
    }

    enum Block {
        case paragraph(String)
        case subheading(String)
        case table(ReportTable)
        /// The fan charts of one unit (or the region) under a common title.
        case charts(title: String, [FanChart])
        case definitions([Definition])
        /// Probabilities coloured by value, units × targets.
        case heatMap(HeatMap)
        /// Counts as bars (the backtest's histogram of percentiles).
        case barChart(BarChart)
        /// Short lines, each linking to the anchor of a section (the index of unit pages).
        case links([Link])
        /// A tornado chart: each assumption's effect at the low and the high end of its range.
        case tornado(Tornado)
    }

    /// A line of text linking to a section's ``Section/anchor``.
    struct Link {
        var text: String
        var anchor: String
    }

    /// A term with its text and labelled details, e.g. one level of an intervention logic.
    struct Definition {
        var term: String
        var text: String
        var details: [(label: String, text: String)]
    }
}
