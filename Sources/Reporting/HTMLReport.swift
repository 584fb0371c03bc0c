import ResultFormat

/// The report as one self-contained HTML file: inline CSS, inline SVG fan charts, no
/// external references; prints on A4. Number cells hold the digits ``NumberFormat`` gives,
/// the way results.csv writes them, with the language's decimal marker
/// (``ReportLanguage/number(_:)``); a probability below 0.5
/// is marked by the `miss` class (bold) and a †; one over fewer trials than the run by a ‡.
struct HTMLReport {
    /// The content, built once and printed by each format.
    let document: ReportDocument
    var language: ReportLanguage { document.language }

    func render() -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title)) – \(escape(document.scenario))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header><h1>\(escape(document.title))</h1><p class="subtitle">\(escape(document.subtitle))</p></header>

            """
        for section in document.sections {
            out += "<section>\n<h2>\(escape(section.title))</h2>\n"
            for block in section.blocks { out += render(block) }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    private func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>\(escape(text))</p>\n"
        case .subheading(let text):
            return "<h3>\(escape(text))</h3>\n"
        case .table(let table):
            return render(table)
        case .charts(let title, let charts):
            return "<div class=\"charts\">\n<h3>\(escape(title))</h3>\n"
                + charts.map { chart in
                    "<figure class=\"chart\"><figcaption>\(escape(chart.title))</figcaption>\n"
                        + SVGFanChart(chart: chart, language: language).render() + "</figure>\n"
                }.joined() + "</div>\n"
        case .definitions(let definitions):
            guard !definitions.isEmpty else { return "" }
            return "<dl>\n" + definitions.map { definition in
                "<dt>\(escape(definition.term))</dt>\n<dd>\(escape(definition.text))"
                    + definition.details.map { "<br><em>\(escape($0.label)):</em> \(escape($0.text))" }.joined()
                    + "</dd>\n"
            }.joined() + "</dl>\n"
        }
    }

    private func render(_ table: ReportTable) -> String {
        let count = table.columns.count
        var out = "<table>\n"
        if let caption = table.caption { out += "<caption>\(escape(caption))</caption>\n" }
        if table.columns.contains(where: { !$0.title.isEmpty }) {
            out += "<thead><tr>" + table.columns.map { "<th\(cssClass($0.kind))>\(escape($0.title))</th>" }.joined() + "</tr></thead>\n"
        }
        out += "<tbody>\n"
        for row in table.rows {
            switch row {
            case .group(let title):
                out += "<tr class=\"group\"><th colspan=\"\(count)\" scope=\"rowgroup\">\(escape(title))</th></tr>\n"
            case .cells(let cells):
                out += "<tr>" + zip(table.columns, cells).map(cell).joined() + "</tr>\n"
            case .note(let text):
                out += "<tr class=\"note\"><td colspan=\"\(count)\">\(escape(text))</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        if let legend = table.legend { out += "<p class=\"legend\">\(escape(legend))</p>\n" }
        return out
    }

    private func cssClass(_ kind: ReportTable.Column.Kind) -> String {
        switch kind {
        case .number: " class=\"num\""
        case .range: " class=\"range\""
        case .text, .wrapped: ""
        }
    }

    private func cell(_ column: ReportTable.Column, _ cell: ReportTable.Cell) -> String {
        switch cell {
        case .empty:
            return "<td\(cssClass(column.kind))></td>"
        case .text(let text):
            return "<td\(cssClass(column.kind))>\(escape(text))</td>"
        case .number(let value, let marks):
            let mark = marks.isEmpty ? "" : "<span class=\"mark\">\(marks.symbols)</span>"
            return "<td class=\"num\(marks.contains(.miss) ? " miss" : "")\">\(language.number(value))\(mark)</td>"
        case .range(let low, let high):
            return "<td class=\"range\">\(language.number(low))–\(language.number(high))</td>"
        }
    }

    private static let css = """

        :root { --ink: #1b1f24; --muted: #5a6470; --rule: #1b1f24; --light: #d7dde4; --band90: #c9daf0; --band50: #8db2de; --median: #1f4e8c; --target: #a8201a; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; font-size: 11pt; }
        h1 { font-size: 1.7em; margin-bottom: 0.2em; }
        .subtitle { color: var(--muted); font-size: 1.15em; margin-top: 0; }
        h2 { font-size: 1.3em; margin-top: 1.8em; border-bottom: 1px solid var(--light); padding-bottom: 0.2em; }
        h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
        table { border-collapse: collapse; margin: 0.8em 0 0.4em; border-top: 2px solid var(--rule); border-bottom: 2px solid var(--rule); font-size: 0.92em; }
        caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4em; }
        th, td { padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
        thead th { border-bottom: 1px solid var(--rule); vertical-align: bottom; }
        th.num, th.range { text-align: center; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.range { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.miss { font-weight: 700; }
        td .mark { font-weight: 400; margin-left: 0.1em; }
        tr.group th { padding-top: 0.8em; font-weight: 700; }
        tr.note td { font-style: italic; font-size: 0.9em; color: var(--muted); padding-left: 1.5em; }
        .legend { font-size: 0.85em; color: var(--muted); margin-top: 0.2em; }
        .charts { break-inside: avoid; }
        figure.chart { display: inline-block; width: 48%; margin: 0 1% 1em 0; vertical-align: top; }
        figure.chart figcaption { font-size: 0.92em; font-weight: 600; text-align: center; }
        figure.chart svg { width: 100%; height: auto; }
        svg .grid { stroke: var(--light); stroke-width: 0.8; }
        svg .axis { stroke: var(--ink); stroke-width: 1; }
        svg .tick, svg .legend { font-size: 11px; fill: var(--ink); }
        svg .band90 { fill: var(--band90); }
        svg .band50 { fill: var(--band50); }
        svg polyline.median, svg line.median { fill: none; stroke: var(--median); stroke-width: 2; }
        svg circle.median { fill: var(--median); }
        svg .target { fill: none; stroke: var(--target); stroke-width: 2; stroke-dasharray: 6 4; }
        dt { font-weight: 600; margin-top: 0.5em; }
        dd { margin-left: 1.5em; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
          h2 { break-after: avoid; }
          h3 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, figure.chart { break-inside: avoid; }
        }

        """
}
