import ResultFormat

/// A unit's fan charts as inline SVG, drawn exactly as the HTML report's unit page draws them, for
/// pages outside the report (the web page of `bhvplan serve`).
public enum UnitFanCharts {
    /// One chart: its title (the indicator's name in the language) and the SVG element.
    public struct Figure: Sendable, Equatable {
        public var title: String
        public var svg: String
    }

    /// The CSS the SVG's classes need (the HTML report's template holds the same rules).
    public static let style = """
        svg .grid { stroke: #d7dde4; stroke-width: 0.8; }
        svg .axis { stroke: #1b1f24; stroke-width: 1; }
        svg .tick, svg .legend { font-size: 11px; fill: #1b1f24; }
        svg .band90 { fill: #c9daf0; }
        svg .band50 { fill: #8db2de; }
        svg polyline.median, svg line.median { fill: none; stroke: #1f4e8c; stroke-width: 2; }
        svg circle.median { fill: #1f4e8c; }
        svg .target { fill: none; stroke: #a8201a; stroke-width: 2; stroke-dasharray: 6 4; }
        """

    /// The fan charts of `unit` in `results` (from fan.csv), in the report's indicator order.
    public static func figures(_ results: ResultSet, unit: String, language: ReportLanguage) -> [Figure] {
        let builder = ReportDocumentBuilder(results: results, language: language)
        let fans = results.fans.filter { $0.unit == unit }
        return IndicatorID.sorted(Set(fans.map(\.indicator))).map { indicator in
            let chart = builder.fanChart(unit: unit, indicator: indicator, fans: fans.filter { $0.indicator == indicator })
            return Figure(title: chart.title, svg: SVGFanChart(chart: chart, language: language).render())
        }
    }
}
