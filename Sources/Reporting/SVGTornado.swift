import Foundation
import ResultFormat

/// Draws a ``Tornado`` as inline SVG for the HTML report, styled inline so that a region's own
/// template needs no CSS for it.
struct SVGTornado {
    var tornado: Tornado
    var language: ReportLanguage

    private let width = 640.0, labelWidth = 300.0, right = 16.0, top = 10.0, rowHeight = 22.0, bottom = 58.0

    func render() -> String {
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        let range = ChartScale.padded(tornado.valueRange)
        let plotLeft = labelWidth, plotRight = width - right
        func px(_ x: Double) -> Double {
            plotLeft + (x - range.lowerBound) / (range.upperBound - range.lowerBound) * (plotRight - plotLeft)
        }
        let height = top + rowHeight * Double(tornado.bars.count) + bottom
        let plotBottom = top + rowHeight * Double(tornado.bars.count)
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(tornado.title))\">\n"
        for tick in ChartScale.ticks(range) {
            svg += "<line x1=\"\(f(px(tick)))\" x2=\"\(f(px(tick)))\" y1=\"\(f(top))\" y2=\"\(f(plotBottom))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(f(px(tick)))\" y=\"\(f(plotBottom + 14))\" text-anchor=\"middle\" font-size=\"11\">\(language.number(tick))</text>\n"
        }
        for (index, bar) in tornado.bars.enumerated() {
            let y = top + rowHeight * Double(index)
            svg += "<text x=\"\(f(plotLeft - 6))\" y=\"\(f(y + rowHeight * 0.65))\" text-anchor=\"end\" font-size=\"11\">\(HTMLEscaping.escape(bar.label))</text>"
            for (value, colour, offset) in [(bar.low, "#6a8fc7", 0.15), (bar.high, "#d08b3c", 0.5)] {
                let x0 = px(min(0, value)), x1 = px(max(0, value))
                svg += "<rect x=\"\(f(x0))\" y=\"\(f(y + rowHeight * offset))\" width=\"\(f(max(x1 - x0, 0.5)))\" height=\"\(f(rowHeight * 0.35))\" fill=\"\(colour)\"/>"
            }
            svg += "\n"
        }
        svg += "<line x1=\"\(f(px(0)))\" x2=\"\(f(px(0)))\" y1=\"\(f(top))\" y2=\"\(f(plotBottom))\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(f((plotLeft + plotRight) / 2))\" y=\"\(f(plotBottom + 30))\" text-anchor=\"middle\" font-size=\"11\">\(HTMLEscaping.escape(tornado.axisLabel))</text>\n"
        let legendY = plotBottom + 48
        svg += "<rect x=\"\(f(plotLeft))\" y=\"\(f(legendY - 9))\" width=\"14\" height=\"9\" fill=\"#6a8fc7\"/>"
        svg += "<text x=\"\(f(plotLeft + 18))\" y=\"\(f(legendY))\" font-size=\"11\">\(HTMLEscaping.escape(tornado.lowLabel))</text>"
        svg += "<rect x=\"\(f(plotLeft + 160))\" y=\"\(f(legendY - 9))\" width=\"14\" height=\"9\" fill=\"#d08b3c\"/>"
        svg += "<text x=\"\(f(plotLeft + 178))\" y=\"\(f(legendY))\" font-size=\"11\">\(HTMLEscaping.escape(tornado.highLabel))</text>\n"
        return svg + "</svg>\n"
    }
}
