import ResultFormat

/// The report as GitHub-flavoured Markdown: the same sections and tables as the LaTeX
/// and HTML reports; each fan chart is given as a table of its quantiles (and the observed
/// values, when there are any).
struct MarkdownReport {
    /// The content, built once and printed by each format.
    let document: ReportDocument
    var language: ReportLanguage { document.language }

    /// The document laid out by `templates`' Markdown template (``ReportTemplates``).
    func render(with templates: ReportTemplates = .bundled) -> String {
        templates.render(.md, document, escape: escape) { section in
            "## \(escape(section.title))\n\n" + section.blocks.map(render).joined()
        }
    }

    /// Escapes the characters Markdown would read as markup or as a table's cell border.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", "#": result += "\\\(character)"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    private func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .paragraph(let text):
            return "\(escape(text))\n\n"
        case .subheading(let text):
            return "### \(escape(text))\n\n"
        case .table(let table):
            return render(table)
        case .charts(let title, let charts):
            return "### \(escape(title))\n\n" + charts.map(render).joined()
        case .definitions(let definitions):
            return definitions.map { definition in
                var out = "- **\(escape(definition.term))**"
                if !definition.text.isEmpty { out += ": \(escape(definition.text))" }
                out += "\n"
                for detail in definition.details {
                    out += "  - *\(escape(detail.label))*: \(escape(detail.text))\n"
                }
                return out
            }.joined() + "\n"
        case .heatMap(let map):
            let table = ReportTable(
                caption: map.caption,
                columns: [.init(title: map.rowTitle, kind: .text)] + map.columns.map { .init(title: $0, kind: .number) },
                rows: map.rows.map { .cells([.text($0.label)] + $0.cells) }, legend: map.legend.isEmpty ? nil : map.legend)
            return render(table)
        case .barChart(let chart):
            let table = ReportTable(
                caption: chart.title, columns: [.init(title: chart.xTitle, kind: .text), .init(title: chart.yTitle, kind: .number)],
                rows: chart.bars.map { .cells([.text($0.label), .number(Double($0.count))]) }, legend: chart.level?.legend)
            return render(table)
        case .links(let links):
            return links.map { "- \(escape($0.text))\n" }.joined() + "\n"
        case .tornado:
            // Markdown has no charts: the table beside the tornado holds its numbers.
            return ""
        }
    }

    private func render(_ table: ReportTable) -> String {
        var out = table.caption.map { "*\(language.text(.tableName)): \(escape($0))*\n\n" } ?? ""
        let count = table.columns.count
        out += "| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { [.number, .range].contains($0.kind) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
            switch row {
            case .group(let title):
                out += "| **\(escape(title))** |" + String(repeating: " |", count: count - 1) + "\n"
            case .cells(let cells):
                out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
            case .note(let text):
                out += "| *\(escape(text))* |" + String(repeating: " |", count: count - 1) + "\n"
            }
        }
        if let legend = table.legend { out += "\n\(escape(legend))\n" }
        return out + "\n"
    }

    private func cell(_ cell: ReportTable.Cell) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text): return escape(text)
        case .number(let value, let marks): return language.number(value) + (marks.isEmpty ? "" : " " + marks.symbols)
        case .range(let low, let high): return "\(language.number(low))–\(language.number(high))"
        }
    }

    private func render(_ chart: FanChart) -> String {
        let t = language.text
        let table = ReportTable(
            caption: nil,
            columns: [.init(title: "\(chart.title): \(t(.year))", kind: .text)]
                + ["P5", "P25", t(.median), "P75", "P95"].map { .init(title: $0, kind: .number) }
                + (chart.target.isEmpty ? [] : [.init(title: t(.targetLine), kind: .number)])
                + (chart.observed.isEmpty ? [] : [.init(title: t(.observedValue), kind: .number)]),
            rows: chart.points.map { point in
                let target = chart.target.first { $0.year == point.year }?.value
                let observed = chart.observed.first { $0.year == point.year }?.value
                return .cells(
                    [.text(String(point.year))] + [point.p05, point.p25, point.p50, point.p75, point.p95].map(ReportTable.Cell.number)
                        + (chart.target.isEmpty ? [] : [.number(target)]) + (chart.observed.isEmpty ? [] : [.number(observed)]))
            },
            legend: nil)
        return render(table)
    }
}
