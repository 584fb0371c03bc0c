import ResultFormat

/// Where an observed value falls in a projected distribution that is known only by a few of its
/// quantiles (P5, P25, P50, P75, P95 of fan.csv, or P5, P50, P95 of results.csv): its percentile,
/// read off by linear interpolation between the two neighbouring quantiles. Outside the outermost
/// quantiles nothing is known but the side, so the answer there is "below P5" or "above P95".
enum ProjectedPercentile: Equatable {
    /// Below the lowest quantile given (its percent, e.g. 5).
    case below(Double)
    /// Above the highest quantile given (its percent, e.g. 95).
    case above(Double)
    /// Inside: the percentile, 0–100.
    case at(Double)

    /// The percentile of `value` among `quantiles` (percent and value, percents ascending).
    /// Where several quantiles equal the value (a flat stretch of the distribution, e.g. a count
    /// that is the same in most trials), the percentile is the middle of theirs.
    init(of value: Double, quantiles: [(percent: Double, value: Double)]) {
        precondition(!quantiles.isEmpty, "a projection has quantiles")
        let (lowest, highest) = (quantiles[0], quantiles[quantiles.count - 1])
        let equal = quantiles.filter { $0.value == value }
        if let first = equal.first, let last = equal.last {
            self = .at((first.percent + last.percent) / 2)
        } else if value < lowest.value {
            self = .below(lowest.percent)
        } else if value > highest.value {
            self = .above(highest.percent)
        } else {
            let upper = quantiles.firstIndex { $0.value > value }!
            let (low, high) = (quantiles[upper - 1], quantiles[upper])
            self = .at(low.percent + (high.percent - low.percent) * (value - low.value) / (high.value - low.value))
        }
    }

    /// The percentile of `value` in the projection of `row`, from the fan's five quantiles when
    /// there is a fan row, else from the row's P5, P50 and P95.
    init(of value: Double, projected row: ResultRow, fan: FanRow?) {
        let quantiles: [(percent: Double, value: Double)] = fan.map { [(5, $0.p05), (25, $0.p25), (50, $0.p50), (75, $0.p75), (95, $0.p95)] }
            ?? [(5, row.p05), (50, row.p50), (95, row.p95)]
        self.init(of: value, quantiles: quantiles)
    }

    /// Whether the value lies inside the projected P5–P95.
    var isInsideBand: Bool {
        if case .at = self { true } else { false }
    }
}
