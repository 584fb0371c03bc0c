import Foundation
import ResultFormat

/// Draws a ``FanChart`` as inline SVG (no external references) for the HTML report.
struct SVGFanChart {
    var chart: FanChart
    var language: ReportLanguage

    private let width = 440.0, height = 290.0
    private let left = 52.0, right = 14.0, top = 14.0, bottom = 62.0

    func render() -> String {
        let yRange = ChartScale.padded(chart.valueRange)
        let xRange = (chart.xRange.lowerBound - 0.2)...(chart.xRange.upperBound + 0.2)
        func px(_ x: Double) -> Double {
            left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (width - left - right)
        }
        func py(_ y: Double) -> Double {
            height - bottom - (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (height - top - bottom)
        }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        func points(_ values: [(Double, Double)]) -> String {
            values.map { "\(f(px($0.0))),\(f(py($0.1)))" }.joined(separator: " ")
        }
        let drawn = chart.drawnPoints
        func band(_ low: KeyPath<FanChart.Point, Double>, _ high: KeyPath<FanChart.Point, Double>) -> String {
            points(drawn.map { ($0.x, $0.point[keyPath: high]) } + drawn.reversed().map { ($0.x, $0.point[keyPath: low]) })
        }
        let plotBottom = height - bottom

        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(chart.title))\">\n"
        for tick in ChartScale.ticks(yRange) {
            svg += "<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(py(tick)))\" y2=\"\(f(py(tick)))\"/>"
            svg += "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(py(tick) + 4))\" text-anchor=\"end\">\(language.number(tick))</text>\n"
        }
        for point in chart.points {
            let x = px(Double(point.year))
            svg += "<line class=\"axis\" x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(plotBottom))\" y2=\"\(f(plotBottom + 5))\"/>"
            svg += "<text class=\"tick\" x=\"\(f(x))\" y=\"\(f(plotBottom + 18))\" text-anchor=\"middle\">\(point.year)</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(plotBottom))\" y2=\"\(f(plotBottom))\"/>\n"
        svg += "<line class=\"axis\" x1=\"\(f(left))\" x2=\"\(f(left))\" y1=\"\(f(top))\" y2=\"\(f(plotBottom))\"/>\n"
        svg += "<polygon class=\"band90\" points=\"\(band(\.p05, \.p95))\"/>\n"
        svg += "<polygon class=\"band50\" points=\"\(band(\.p25, \.p75))\"/>\n"
        svg += "<polyline class=\"median\" points=\"\(points(drawn.map { ($0.x, $0.point.p50) }))\"/>\n"
        for point in chart.points {
            svg += "<circle class=\"median\" cx=\"\(f(px(Double(point.year))))\" cy=\"\(f(py(point.p50)))\" r=\"2.5\"/>"
        }
        if !chart.target.isEmpty {
            svg += "\n<polyline class=\"target\" points=\"\(points(chart.drawnTarget.map { ($0.x, $0.value) }))\"/>"
        }
        for observed in chart.observed {
            svg += "\n<circle class=\"observed\" cx=\"\(f(px(Double(observed.year))))\" cy=\"\(f(py(observed.value)))\" r=\"4\">"
                + "<title>\(HTMLEscaping.escape(language.text(.observedValue))) \(observed.year): \(language.number(observed.value))</title></circle>"
        }
        svg += "\n" + legend(y: height - 16)
        return svg + "</svg>"
    }

    private func legend(y: Double) -> String {
        let t = language.text
        var entries: [(String, String)] = [
            ("<rect class=\"band90\" x=\"0\" y=\"-9\" width=\"18\" height=\"10\"/>", t(.band90)),
            ("<rect class=\"band50\" x=\"0\" y=\"-9\" width=\"18\" height=\"10\"/>", t(.band50)),
            ("<line class=\"median\" x1=\"0\" x2=\"18\" y1=\"-4\" y2=\"-4\"/>", t(.median)),
        ]
        if !chart.target.isEmpty {
            entries.append(("<line class=\"target\" x1=\"0\" x2=\"18\" y1=\"-4\" y2=\"-4\"/>", t(.targetLine)))
        }
        if !chart.observed.isEmpty {
            entries.append(("<circle class=\"observed\" cx=\"9\" cy=\"-4\" r=\"4\"/>", t(.observedValue)))
        }
        // Five entries (with the observations) need the width under the value axis too.
        let start = entries.count > 4 ? 8 : left
        let step = (width - start) / Double(entries.count)
        return entries.enumerated().map { index, entry in
            let x = start + Double(index) * step
            return "<g transform=\"translate(\(String(format: "%.1f", x)),\(String(format: "%.1f", y)))\">\(entry.0)"
                + "<text class=\"legend\" x=\"24\" y=\"0\">\(HTMLEscaping.escape(entry.1))</text></g>"
        }.joined(separator: "\n") + "\n"
    }
}
