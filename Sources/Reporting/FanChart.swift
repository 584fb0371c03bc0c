import ResultFormat

/// A fan chart of one indicator for one unit over the projected years: P5–P95 and
/// P25–P75 bands, the median, the target (when there is one) as a dashed line, and what the
/// registrations showed (when `observed.csv` has it) as points.
struct FanChart {
    var title: String
    var points: [Point]
    /// The target per year; empty when the indicator has none.
    var target: [YearValue]
    /// The observed value per projected year, masked ones left out; empty without observations.
    var observed: [YearValue] = []

    struct Point {
        var year: Int
        var p05, p25, p50, p75, p95: Double
    }

    /// A value in one year: the target, or an observation.
    struct YearValue {
        var year: Int
        var value: Double
    }

    /// Half the width drawn for a chart of a single year, which has no span of its own.
    static let singleYearHalfWidth = 0.4

    /// The points as drawn, at x = year; a single year is drawn as a short flat band.
    var drawnPoints: [(x: Double, point: Point)] {
        Self.spread(points.map { (Double($0.year), $0) })
    }

    /// The target as drawn, aligned with ``drawnPoints``.
    var drawnTarget: [(x: Double, value: Double)] {
        Self.spread(target.map { (Double($0.year), $0.value) }).map { (x: $0.x, value: $0.1) }
    }

    /// The smallest and largest x drawn.
    var xRange: ClosedRange<Double> {
        let xs = drawnPoints.map(\.x) + drawnTarget.map(\.x)
        return (xs.min() ?? 0)...(xs.max() ?? 1)
    }

    /// The smallest and largest value drawn, bands, target and observations included.
    var valueRange: ClosedRange<Double> {
        let values = points.flatMap { [$0.p05, $0.p95] } + target.map(\.value) + observed.map(\.value)
        return (values.min() ?? 0)...(values.max() ?? 1)
    }

    private static func spread<T>(_ series: [(Double, T)]) -> [(x: Double, T)] {
        guard series.count == 1, let only = series.first else { return series.map { (x: $0.0, $0.1) } }
        return [(x: only.0 - singleYearHalfWidth, only.1), (x: only.0 + singleYearHalfWidth, only.1)]
    }
}
