import Foundation
import ResultFormat

/// The value axis of a fan chart: the drawn range with a margin, and round tick values.
enum ChartScale {
    /// `range` widened by 8% on each side (a flat range by 10% of its value), never below 0
    /// when all values are non-negative.
    static func padded(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        let span = range.upperBound - range.lowerBound
        let pad = span > 0 ? span * 0.08 : max(abs(range.upperBound) * 0.1, 0.01)
        let low = range.lowerBound >= 0 ? max(0, range.lowerBound - pad) : range.lowerBound - pad
        return low...(range.upperBound + pad)
    }

    /// About `count` round values (1, 2 or 5 times a power of ten apart) inside `range`.
    static func ticks(_ range: ClosedRange<Double>, count: Int = 5) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return [range.lowerBound] }
        let rough = span / Double(count)
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        var ticks: [Double] = []
        var value = (range.lowerBound / step).rounded(.up) * step
        while value <= range.upperBound + step * 1e-9 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }
}
