import ResultFormat

/// Draws a ``BarChart`` with pgfplots for the LaTeX report: bars at 1, 2, … labelled by their
/// labels (numeric positions, so any label text is safe), the level as a dashed line with its
/// legend under the chart.
struct LaTeXBarChart {
    var chart: BarChart

    func render() -> String {
        let escape = LaTeXEscaping.escape
        let number = NumberFormat.string
        let count = chart.bars.count
        let top = ChartScale.padded(0...chart.top).upperBound
        var out = "\\begin{center}\n\\begin{tikzpicture}\n\\begin{axis}[\n"
        out += "  ybar, width=0.8\\linewidth, height=6cm, title={\(escape(chart.title))}, title style={font=\\small},\n"
        out += "  xmin=0.4, xmax=\(number(Double(count) + 0.6)), xtick={\((1...max(1, count)).map(String.init).joined(separator: ","))}, "
        out += "xticklabels={\(chart.bars.map { "{\(escape($0.label))}" }.joined(separator: ","))}, bar width=0.55cm,\n"
        out += "  ymin=0, ymax=\(number(top)), xlabel={\(escape(chart.xTitle))}, ylabel={\(escape(chart.yTitle))},\n"
        out += "  tick label style={font=\\footnotesize}, label style={font=\\small}, yticklabel style={/pgf/number format/fixed},\n"
        out += "  legend style={font=\\scriptsize, draw=none, at={(0.5,-0.3)}, anchor=north},\n"
        out += "  axis lines*=left, ymajorgrids, grid style={gray!25}]\n"
        out += "\\addplot[fill=blue!45, draw=blue!60!black, forget plot] coordinates {"
            + chart.bars.enumerated().map { "(\($0.offset + 1),\($0.element.count))" }.joined(separator: " ") + "};\n"
        if let level = chart.level {
            out += "\\addplot[sharp plot, red!70!black, thick, dashed, "
                + "legend image code/.code={\\draw[red!70!black, thick, dashed] (0cm,0cm) -- (0.6cm,0cm);}] coordinates {(0.4,\(number(level.value))) "
                + "(\(number(Double(count) + 0.6)),\(number(level.value)))};\n"
            out += "\\addlegendentry{\(escape(level.legend))}\n"
        }
        return out + "\\end{axis}\n\\end{tikzpicture}\n\\end{center}\n\n"
    }
}
