/// A bar chart of counts, drawn by the report's formats (pgfplots in LaTeX, inline SVG in HTML, a
/// table in Markdown): the backtest's histogram of percentiles, with the level every bar would
/// have if the counts were spread evenly.
struct BarChart {
    struct Bar {
        var label: String
        var count: Int
    }

    var title: String
    var xTitle: String
    var yTitle: String
    var bars: [Bar]
    /// A horizontal reference line (the even spread) and its legend, or nil.
    var level: (value: Double, legend: String)?

    /// The largest value drawn, bar or level; at least 1, so an empty chart has an axis.
    var top: Double { max(1, Double(bars.map(\.count).max() ?? 0), level?.value ?? 0) }
}
