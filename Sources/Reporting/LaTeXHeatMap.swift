/// A ``HeatMap`` as a `longtable` with `colortbl` cell colours, the number in each cell and the
/// column titles turned upright to save width; the legend shows the colour scale.
struct LaTeXHeatMap {
    let map: HeatMap
    let language: ReportLanguage

    private func escape(_ text: String) -> String { LaTeXEscaping.escape(text) }

    func render() -> String {
        let width = min(0.12, 0.68 / Double(max(map.columns.count, 1)))
        let spec = ">{\\raggedright\\arraybackslash}p{0.28\\linewidth}"
            + String(repeating: " >{\\centering\\arraybackslash}p{\(width)\\linewidth}", count: map.columns.count)
        let header = escape(map.rowTitle) + " & "
            + map.columns.map { "\\rotatebox{90}{\\begin{tabular}{@{}l@{}}\(LaTeXReport.wrap($0, width: 24).map(escape).joined(separator: "\\\\"))\\end{tabular}}" }
                .joined(separator: " & ") + " \\\\\n\\midrule\n"
        var out = "{\\footnotesize\\setlength{\\tabcolsep}{2pt}\\renewcommand{\\arraystretch}{1.5}\n"
        out += "\\begin{longtable}{@{}\(spec)@{}}\n\\caption{\(escape(map.caption))}\\\\\n\\toprule\n\(header)\\endfirsthead\n"
        out += "\\caption[]{\(escape(map.caption)) (\(escape(language.text(.continued))))}\\\\\n\\toprule\n\(header)\\endhead\n"
        out += "\\bottomrule\n\\endlastfoot\n"
        for row in map.rows {
            out += ([escape(row.label)] + row.cells.map(cell)).joined(separator: " & ") + " \\\\\n"
        }
        out += "\\end{longtable}\n"
        let scale = HeatMap.scaleSteps.map { step in
            let text = HeatMap.needsLightText(step) ? "\\textcolor{white}{\(escape(language.number(step)))}" : escape(language.number(step))
            return "\\colorbox[HTML]{\(HeatMap.colour(step))}{\\strut\\,\(text)\\,}"
        }.joined(separator: "\\,")
        out += "\(escape(language.text(.heatMapLegend))) \(scale)"
        if !map.legend.isEmpty { out += "\\par \(escape(map.legend))" }
        return out + "\\par}\n\n"
    }

    private func cell(_ cell: ReportTable.Cell) -> String {
        guard case .number(let value, let marks) = cell else { return "" }
        var text = escape(language.number(value))
        if !marks.isEmpty {
            text += "\\textsuperscript{" + (marks.contains(.miss) ? "\\dag" : "") + (marks.contains(.partlyDefined) ? "\\ddag" : "") + "}"
        }
        if HeatMap.needsLightText(value) { text = "\\textcolor{white}{\(text)}" }
        return "\\cellcolor[HTML]{\(HeatMap.colour(value))}\(text)"
    }
}
