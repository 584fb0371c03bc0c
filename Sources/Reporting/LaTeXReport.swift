import Foundation
import ResultFormat

/// A complete, compilable LaTeX document (A4, `booktabs` tables with `siunitx` columns
/// aligned on the decimal point, `longtable` for tables that may run over pages,
/// `pgfplots` fan charts). Needs pdfLaTeX with the packages of
/// ``ReportingError/debianTeXPackages``.
struct LaTeXReport {
    /// The content, built once and printed by each format.
    let document: ReportDocument
    var language: ReportLanguage { document.language }

    /// The document laid out by `templates`' LaTeX template (``ReportTemplates``).
    func render(with templates: ReportTemplates = .bundled) -> String {
        templates.render(.latex, document, escape: escape, body: render,
                         extra: ["numberSetup": numberSetup(), "tableName": escape(language.text(.tableName))])
    }

    /// One section: its heading, kept with what follows it (with its first chart group for chart
    /// sections), and its blocks.
    private func render(_ section: ReportDocument.Section) -> String {
        let hasCharts = section.blocks.contains { if case .charts = $0 { true } else { false } }
        let start = section.startsPage
            ? "\\clearpage\n" : "\\needspace{\(hasCharts ? "0.45\\textheight" : "8\\baselineskip")}\n"
        let label = section.anchor.map { "\\label{\(Self.label($0))}\n" } ?? ""
        return start + "\\section{\(escape(section.title))}\n\(label)\n" + section.blocks.map(render).joined()
    }

    /// A LaTeX label for an anchor: its letters, digits and hyphens, so any unit id is safe.
    static func label(_ anchor: String) -> String {
        "unit:" + String(anchor.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" })
    }

    private func escape(_ text: String) -> String { LaTeXEscaping.escape(text) }

    /// siunitx and pgfplots print the numbers as the language writes them: in Swedish with a
    /// decimal comma and thin spaces between digit groups from five digits on; in English with a
    /// point and no grouping, as results.csv.
    private func numberSetup() -> String {
        guard language == .sv else { return "\\sisetup{group-digits=none}" }
        return "\\sisetup{output-decimal-marker={,}, group-digits=integer, group-minimum-digits=5}\n"
            + "\\pgfkeys{/pgf/number format/.cd, use comma, 1000 sep={\\,}, min exponent for 1000 sep=4}"
    }

    private func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .paragraph(let text):
            return "\(escape(text))\n\n"
        case .subheading(let text):
            return "\\subsection*{\(escape(text))}\n\n"
        case .table(let table):
            return render(table)
        case .charts(let title, let charts):
            // One unit's charts never split over two pages.
            return "\\noindent\\begin{minipage}{\\linewidth}\n\\subsection*{\(escape(title))}\n\\centering\n"
                + charts.map(render).joined(separator: "\\hfill\n") + "\\end{minipage}\n\n"
        case .definitions(let definitions):
            guard !definitions.isEmpty else { return "" }
            var out = "\\begin{description}\n"
            for definition in definitions {
                out += "\\item[\(escape(definition.term))] \(escape(definition.text))\n"
                for detail in definition.details {
                    out += "\\par\\emph{\(escape(detail.label)):} \(escape(detail.text))\n"
                }
            }
            return out + "\\end{description}\n\n"
        case .barChart(let chart):
            return LaTeXBarChart(chart: chart).render()
        case .heatMap(let map):
            return LaTeXHeatMap(map: map, language: language).render()
        case .links(let links):
            return links.map { "\(escape($0.text))\\dotfill\\pageref{\(Self.label($0.anchor))}\\par\n" }.joined() + "\n"
        case .tornado(let tornado):
            return LaTeXTornado(tornado: tornado, language: language).render()
        }
    }

    // MARK: - Tables

    /// A captioned table is a `longtable` that may run over pages and repeats its header;
    /// a table without caption (the run facts) is a small centred `tabular`.
    private func render(_ table: ReportTable) -> String {
        let count = table.columns.count
        let spec = table.columns.indices.map { columnSpec(table, $0) }.joined(separator: " ")
        let header = table.columns.contains { !$0.title.isEmpty }
            ? table.columns.map(headerCell).joined(separator: " & ") + " \\\\\n\\midrule\n"
            : ""
        guard let caption = table.caption else {
            return "\\begin{center}\\small\n\\begin{tabular}{@{}\(spec)@{}}\n\\toprule\n\(header)"
                + body(table) + "\\bottomrule\n\\end{tabular}\n\\end{center}\n\n"
        }
        // A short table moves whole to the next page rather than leaving a row or two behind;
        // a wide one (the comparison) is set smaller to fit the page.
        let size = count >= 8 || table.compact ? "\\footnotesize\\setlength{\\tabcolsep}{3pt}" : "\\small"
        var out = "\\needspace{\(min(table.rows.count + 6, 16))\\baselineskip}\n{\(size)\n\\begin{longtable}{@{}\(spec)@{}}\n"
        out += "\\caption{\(escape(caption))}\\\\\n\\toprule\n\(header)\\endfirsthead\n"
        out += "\\caption[]{\(escape(caption)) (\(escape(language.text(.continued))))}\\\\\n"
        out += "\\toprule\n\(header)\\endhead\n\\midrule\n\\endfoot\n\\bottomrule\n"
        if let legend = table.legend {
            out += "\\multicolumn{\(count)}{@{}p{\\linewidth}@{}}{\\footnotesize \(escape(legend))}\\\\\n"
        }
        out += "\\endlastfoot\n" + body(table)
        return out + "\\end{longtable}\n}\n\n"
    }

    private func body(_ table: ReportTable) -> String {
        let count = table.columns.count
        var out = ""
        for (index, row) in table.rows.enumerated() {
            switch row {
            case .group(let title):
                let space = index == 0 ? "" : "\\addlinespace[0.6em]\n"
                out += "\(space)\\multicolumn{\(count)}{@{}l}{\\textbf{\(escape(title))}}\\\\*\n"
            case .cells(let cells):
                out += zip(table.columns, cells).map(cell).joined(separator: " & ") + " \\\\\n"
            case .note(let text):
                out += "\\multicolumn{\(count)}{@{\\hspace{1em}}p{0.9\\linewidth}@{}}{\\footnotesize\\itshape \(escape(text))}\\\\\n"
            }
        }
        return out
    }

    private func columnSpec(_ table: ReportTable, _ index: Int) -> String {
        switch table.columns[index].kind {
        case .text: return "l"
        case .wrapped(let fraction): return ">{\\raggedright\\arraybackslash}p{\(fraction)\\linewidth}"
        case .range: return "r"
        case .number:
            let cells = table.rows.compactMap { row -> ReportTable.Cell? in
                guard case .cells(let cells) = row, index < cells.count else { return nil }
                return cells[index]
            }
            let numbers = cells.compactMap { if case .number(let value, _) = $0 { value } else { nil } }
            let widest = cells.map(\.marks).max { $0.symbols.count < $1.symbols.count } ?? []
            let space = widest.isEmpty ? "" : ", table-space-text-post=\(Self.superscript(widest))"
            return "S[table-format=\(Self.tableFormat(numbers))\(space)]"
        }
    }

    /// The siunitx `table-format` that fits every number as ``NumberFormat`` writes it.
    static func tableFormat(_ numbers: [Double]) -> String {
        var negative = false, integerDigits = 1, decimals = 0
        var exponentDigits = 0, negativeExponent = false
        for number in numbers {
            var text = Substring(NumberFormat.string(number))
            if text.hasPrefix("-") { negative = true; text = text.dropFirst() }
            if let e = text.firstIndex(of: "e") {
                var exponent = text[text.index(after: e)...]
                if exponent.hasPrefix("-") { negativeExponent = true }
                exponent = exponent.drop { $0 == "-" || $0 == "+" }
                exponentDigits = max(exponentDigits, exponent.count)
                text = text[..<e]
            }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            integerDigits = max(integerDigits, parts[0].count)
            if parts.count > 1 { decimals = max(decimals, parts[1].count) }
        }
        var format = (negative ? "-" : "") + String(integerDigits)
        if decimals > 0 { format += ".\(decimals)" }
        if exponentDigits > 0 { format += "e" + (negativeExponent ? "-" : "") + String(exponentDigits) }
        return format
    }

    /// Headers of narrow columns are broken into short lines and centred over the column.
    private func headerCell(_ column: ReportTable.Column) -> String {
        let lines = Self.wrap(column.title, width: 14).map(escape)
        let text = lines.count > 1
            ? "\\begin{tabular}[b]{@{}c@{}}\(lines.joined(separator: "\\\\"))\\end{tabular}"
            : lines.joined()
        switch column.kind {
        case .text, .wrapped: return column.kind == .text && lines.count > 1 ? "{\(text)}" : escape(column.title)
        case .number: return "{\(text)}"
        case .range: return "\\multicolumn{1}{c}{\(text)}"
        }
    }

    /// Greedy word wrap into lines of at most `width` characters (longer words stay whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " \(word)"
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A number's marks as a LaTeX superscript: \\dag for †, \\ddag for ‡.
    private static func superscript(_ marks: ReportTable.Marks) -> String {
        "\\textsuperscript{" + (marks.contains(.miss) ? "\\dag" : "") + (marks.contains(.partlyDefined) ? "\\ddag" : "") + "}"
    }

    private func cell(_ column: ReportTable.Column, _ cell: ReportTable.Cell) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return column.kind == .number ? "{\(escape(text))}" : escape(text)
        case .number(let value, let marks):
            let number = NumberFormat.string(value)
            let text = column.kind == .number ? number : "\\num{\(number)}"
            return marks.isEmpty ? text : text + Self.superscript(marks)
        case .range(let low, let high):
            return "\\num{\(NumberFormat.string(low))}--\\num{\(NumberFormat.string(high))}"
        }
    }

    // MARK: - Fan charts

    private func render(_ chart: FanChart) -> String {
        let number = NumberFormat.string
        let drawn = chart.drawnPoints
        func coordinates(_ values: [(Double, Double)]) -> String {
            values.map { "(\(number($0.0)),\(number($0.1)))" }.joined(separator: " ")
        }
        func band(_ low: KeyPath<FanChart.Point, Double>, _ high: KeyPath<FanChart.Point, Double>) -> String {
            coordinates(drawn.map { ($0.x, $0.point[keyPath: high]) } + drawn.reversed().map { ($0.x, $0.point[keyPath: low]) })
        }
        let y = ChartScale.padded(chart.valueRange)
        let x = chart.xRange
        var out = "\\begin{tikzpicture}\n\\begin{axis}[\n"
        out += "  width=0.49\\linewidth, height=5.5cm, title={\(escape(chart.title))}, title style={font=\\small},\n"
        out += "  xmin=\(number(x.lowerBound - 0.2)), xmax=\(number(x.upperBound + 0.2)), "
        out += "ymin=\(number(y.lowerBound)), ymax=\(number(y.upperBound)),\n"
        out += "  xtick={\(chart.points.map { String($0.year) }.joined(separator: ","))}, "
        out += "xticklabel style={/pgf/number format/1000 sep=\(chart.points.count > 6 ? ", rotate=45, anchor=north east" : "")},\n"
        out += "  yticklabel style={/pgf/number format/fixed}, tick label style={font=\\footnotesize},\n"
        out += "  legend style={font=\\scriptsize, draw=none, at={(0.5,-0.15)}, anchor=north, legend columns=4},\n"
        out += "  axis lines*=left, ymajorgrids, grid style={gray!25}]\n"
        out += "\\addplot[fill=blue!15, draw=none, area legend] coordinates {\(band(\.p05, \.p95))} -- cycle;\n"
        out += "\\addlegendentry{\(escape(language.text(.band90)))}\n"
        out += "\\addplot[fill=blue!40, draw=none, area legend] coordinates {\(band(\.p25, \.p75))} -- cycle;\n"
        out += "\\addlegendentry{\(escape(language.text(.band50)))}\n"
        out += "\\addplot[blue!70!black, thick, mark=*, mark size=1.2pt] coordinates {\(coordinates(drawn.map { ($0.x, $0.point.p50) }))};\n"
        out += "\\addlegendentry{\(escape(language.text(.median)))}\n"
        if !chart.target.isEmpty {
            out += "\\addplot[red!75!black, thick, dashed] coordinates {\(coordinates(chart.drawnTarget.map { ($0.x, $0.value) }))};\n"
            out += "\\addlegendentry{\(escape(language.text(.targetLine)))}\n"
        }
        if !chart.observed.isEmpty {
            out += "\\addplot[only marks, mark=diamond*, mark size=2.6pt, draw=black, fill=orange] "
                + "coordinates {\(coordinates(chart.observed.map { (Double($0.year), $0.value) }))};\n"
            out += "\\addlegendentry{\(escape(language.text(.observedValue)))}\n"
        }
        return out + "\\end{axis}\n\\end{tikzpicture}\n"
    }
}
