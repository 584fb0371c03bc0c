import ResultFormat

/// A tornado chart of one target: for each assumption with an effect, a bar from 0 to the change
/// in the probability of meeting the target (or in the mean, where there is no target) with the
/// assumption at the low end, and one to the change at the high end; largest first.
struct Tornado {
    var title: String
    /// The axis: what the bars change ("change in P(meet)").
    var axisLabel: String
    var lowLabel: String
    var highLabel: String
    var bars: [Bar]

    struct Bar {
        /// The assumption's name, with its range.
        var label: String
        var low: Double
        var high: Double
    }

    /// The most bars a chart shows; the table beside it lists every assumption.
    static let mostBars = 12

    /// The smallest and largest change drawn, always including 0.
    var valueRange: ClosedRange<Double> {
        let values: [Double] = bars.flatMap { [$0.low, $0.high] } + [0]
        return values.min()!...values.max()!
    }
}
