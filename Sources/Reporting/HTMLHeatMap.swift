/// A ``HeatMap`` as an HTML table: each cell's background its probability's colour, the number
/// in it, row labels linking to the unit pages; the legend shows the colour scale.
struct HTMLHeatMap {
    let map: HeatMap
    let language: ReportLanguage

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    func render() -> String {
        var out = "<table class=\"heat\">\n<caption>\(escape(map.caption))</caption>\n"
        out += "<thead><tr><th>\(escape(map.rowTitle))</th>" + map.columns.map { "<th class=\"num\">\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in map.rows {
            let label = row.anchor.map { "<a href=\"#\(escape($0))\">\(escape(row.label))</a>" } ?? escape(row.label)
            out += "<tr><th scope=\"row\">\(label)</th>" + row.cells.map(cell).joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"legend\">\(escape(language.text(.heatMapLegend))) "
        out += HeatMap.scaleSteps.map { step in
            "<span class=\"swatch\" style=\"\(style(step))\">\(escape(language.number(step)))</span>"
        }.joined(separator: " ")
        if !map.legend.isEmpty { out += "<br>\(escape(map.legend))" }
        return out + "</p>\n"
    }

    private func style(_ value: Double) -> String {
        "background:#\(HeatMap.colour(value));color:\(HeatMap.needsLightText(value) ? "#fff" : "#000")"
    }

    private func cell(_ cell: ReportTable.Cell) -> String {
        guard case .number(let value, let marks) = cell else { return "<td class=\"num\"></td>" }
        let mark = marks.isEmpty ? "" : "<span class=\"mark\">\(marks.symbols)</span>"
        return "<td class=\"num\" style=\"\(style(value))\">\(language.number(value))\(mark)</td>"
    }
}
