import Foundation

/// Draws a ``BarChart`` as inline SVG for the HTML report; colours are set on the elements, so a
/// region's own template needs no styles for it.
struct SVGBarChart {
    var chart: BarChart
    var language: ReportLanguage

    private let width = 440.0, height = 260.0
    private let left = 52.0, right = 14.0, top = 14.0, bottom = 64.0

    func render() -> String {
        let yRange = ChartScale.padded(0...chart.top)
        func py(_ y: Double) -> Double {
            height - bottom - (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (height - top - bottom)
        }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        let plotBottom = height - bottom
        let slot = (width - left - right) / Double(max(1, chart.bars.count))
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(chart.title))\">\n"
        for tick in ChartScale.ticks(yRange) {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(py(tick)))\" y2=\"\(f(py(tick)))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(py(tick) + 4))\" text-anchor=\"end\" font-size=\"11\">\(language.number(tick))</text>\n"
        }
        for (index, bar) in chart.bars.enumerated() {
            let x = left + Double(index) * slot
            svg += "<rect class=\"bar\" x=\"\(f(x + slot * 0.12))\" y=\"\(f(py(Double(bar.count))))\" width=\"\(f(slot * 0.76))\" "
                + "height=\"\(f(plotBottom - py(Double(bar.count))))\" fill=\"#6f8fc9\">"
                + "<title>\(HTMLEscaping.escape(bar.label)): \(bar.count)</title></rect>"
            svg += "<text x=\"\(f(x + slot / 2))\" y=\"\(f(plotBottom + 15))\" text-anchor=\"middle\" font-size=\"10\">"
                + "\(HTMLEscaping.escape(bar.label))</text>\n"
        }
        svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(plotBottom))\" y2=\"\(f(plotBottom))\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(f((left + width - right) / 2))\" y=\"\(f(plotBottom + 32))\" text-anchor=\"middle\" font-size=\"11\">"
            + "\(HTMLEscaping.escape(chart.xTitle))</text>\n"
        svg += "<text transform=\"translate(14,\(f((top + plotBottom) / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"11\">"
            + "\(HTMLEscaping.escape(chart.yTitle))</text>\n"
        if let level = chart.level {
            svg += "<line class=\"level\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(py(level.value)))\" y2=\"\(f(py(level.value)))\" "
                + "stroke=\"#a33\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + 24))\" y1=\"\(f(height - 12))\" y2=\"\(f(height - 12))\" stroke=\"#a33\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
            svg += "<text x=\"\(f(left + 30))\" y=\"\(f(height - 8))\" font-size=\"11\">\(HTMLEscaping.escape(level.legend))</text>\n"
        }
        return svg + "</svg>"
    }
}
