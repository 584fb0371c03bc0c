import ResultFormat

/// Draws a ``Tornado`` with pgfplots for the LaTeX report: a horizontal bar per assumption for
/// its low end and one for its high end, from 0, largest change at the top.
struct LaTeXTornado {
    var tornado: Tornado
    var language: ReportLanguage

    func render() -> String {
        let number = NumberFormat.string
        let escape = LaTeXEscaping.escape
        let range = ChartScale.padded(tornado.valueRange)
        let count = tornado.bars.count
        func coordinates(_ value: KeyPath<Tornado.Bar, Double>) -> String {
            tornado.bars.enumerated().map { "(\(number($1[keyPath: value])),\($0))" }.joined(separator: " ")
        }
        var out = "\\begin{center}\n\\begin{tikzpicture}\n\\begin{axis}[\n"
        out += "  xbar, bar width=5pt, width=0.55\\linewidth, height=\(number(Double(count) * 0.62 + 1.6))cm, y dir=reverse,\n"
        out += "  xmin=\(number(range.lowerBound)), xmax=\(number(range.upperBound)), ymin=-0.6, ymax=\(number(Double(count) - 0.4)),\n"
        out += "  ytick={\((0..<count).map(String.init).joined(separator: ","))}, "
        out += "yticklabels={\(tornado.bars.map { "{\(escape($0.label))}" }.joined(separator: ","))},\n"
        out += "  tick label style={font=\\scriptsize}, xticklabel style={/pgf/number format/fixed},\n"
        out += "  xlabel={\(escape(tornado.axisLabel))}, xlabel style={font=\\footnotesize},\n"
        out += "  extra x ticks={0}, extra x tick labels={}, extra x tick style={grid=major, grid style={black}},\n"
        out += "  xmajorgrids, grid style={gray!25}, axis lines*=left,\n"
        out += "  legend style={font=\\scriptsize, draw=none, at={(0.5,-0.22)}, anchor=north, legend columns=2}]\n"
        out += "\\addplot[fill=blue!45, draw=none, bar shift=-3pt] coordinates {\(coordinates(\.low))};\n"
        out += "\\addlegendentry{\(escape(tornado.lowLabel))}\n"
        out += "\\addplot[fill=orange!70, draw=none, bar shift=3pt] coordinates {\(coordinates(\.high))};\n"
        out += "\\addlegendentry{\(escape(tornado.highLabel))}\n"
        return out + "\\end{axis}\n\\end{tikzpicture}\n\\end{center}\n\n"
    }
}
