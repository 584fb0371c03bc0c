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

    /// The document laid out by `templates`' HTML template (``ReportTemplates``), which also holds the CSS.
    func render(with templates: ReportTemplates = .bundled) -> String {
        var anchored = document
        for (index, anchor) in Self.anchors(document.sections).enumerated() { anchored.sections[index].anchor = anchor }
        return templates.render(.html, anchored, escape: escape, body: { section in
            let page = section.startsPage ? " class=\"unit-page\"" : ""
            return "<section id=\"\(escape(section.anchor ?? ""))\"\(page)>\n<h2>\(escape(section.title))</h2>\n"
                + section.blocks.map(render).joined() + "</section>\n"
        }, extra: ["toc": tableOfContents(anchored.sections)])
    }

    /// Each section's anchor: its own (a unit's id), else its template name, numbered from the
    /// second on where a name repeats (the comparisons).
    static func anchors(_ sections: [ReportDocument.Section]) -> [String] {
        var seen: [String: Int] = [:]
        return sections.map { section in
            if let anchor = section.anchor { return anchor }
            let name = section.id.rawValue.replacingOccurrences(of: "_", with: "-")
            seen[name, default: 0] += 1
            return seen[name]! == 1 ? name : "\(name)-\(seen[name]!)"
        }
    }

    /// A linked list of the sections; the unit pages are reached through the unit index.
    private func tableOfContents(_ sections: [ReportDocument.Section]) -> String {
        let items = sections.filter { !$0.startsPage }.map { section in
            "<li><a href=\"#\(escape(section.anchor ?? ""))\">\(escape(section.title))</a></li>"
        }
        return "<nav class=\"toc\">\n<h2>\(escape(language.text(.contents)))</h2>\n<ol>\n" + items.joined(separator: "\n") + "\n</ol>\n</nav>"
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
        case .barChart(let chart):
            return "<figure class=\"chart\"><figcaption>\(escape(chart.title))</figcaption>\n"
                + SVGBarChart(chart: chart, language: language).render() + "</figure>\n"
        case .heatMap(let map):
            return HTMLHeatMap(map: map, language: language).render()
        case .links(let links):
            return "<ul class=\"links\">\n" + links.map { "<li><a href=\"#\(escape($0.anchor))\">\(escape($0.text))</a></li>\n" }.joined() + "</ul>\n"
        case .tornado(let tornado):
            return "<figure class=\"tornado\"><figcaption>\(escape(tornado.title))</figcaption>\n"
                + SVGTornado(tornado: tornado, language: language).render() + "</figure>\n"
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
}
