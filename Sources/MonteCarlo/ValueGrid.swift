/// Bins over the range where a cell's values mostly fall, each holding about the same share of
/// them: the edges are quantiles of a pilot of the values (see ``QuantileSketch``), so the bins
/// are narrow where the values crowd (a coverage near 1) and wide where they are few. Values
/// outside the pilot's range are not the grid's to hold.
struct ValueGrid: Sendable {
    /// Lower edges of the bins, ascending and distinct; the last entry is the upper edge of the
    /// last bin (just above the pilot's greatest value).
    let edges: [Double]
    /// The bins, in order (empty ones have count 0).
    var bins: [SketchBucket]

    /// No grid: every value falls below it.
    init() {
        edges = []
        bins = []
    }

    /// A grid of at most `binCount` bins over `sortedPilot` (finite, ascending, not empty): a bin
    /// from each distinct pilot value when they are no more than `binCount` (so counts stay
    /// exact), else edges at `binCount` evenly spaced quantiles of the pilot.
    init(sortedPilot: UnsafeBufferPointer<Double>, bins binCount: Int) {
        let n = sortedPilot.count
        var distinct = 1
        for index in 1..<n where sortedPilot[index] != sortedPilot[index - 1] { distinct &+= 1 }
        var cuts: [Double] = []
        cuts.reserveCapacity(min(distinct, binCount) + 1)
        if distinct <= binCount {
            for value in sortedPilot where cuts.last != value { cuts.append(value) }
        } else {
            for bin in 0..<binCount {
                let cut = sortedPilot[bin * n / binCount]
                if cuts.last != cut { cuts.append(cut) }
            }
        }
        cuts.append(sortedPilot[n - 1].nextUp)
        edges = cuts
        bins = (0..<(cuts.count - 1)).map { SketchBucket.empty(key: Int32($0)) }
    }

    /// Where a value fell: into a bin, or below or above the grid.
    enum Placement { case inside, below, above }

    /// Counts `value` in its bin when it lies within the grid.
    mutating func add(_ value: Double) -> Placement {
        if edges.isEmpty || value < edges[0] { return .below }
        if value >= edges[edges.count - 1] { return .above }
        // The last edge at or below the value.
        var lower = 0, upper = edges.count - 1
        while upper - lower > 1 {
            let middle = (lower + upper) / 2
            if edges[middle] <= value { lower = middle } else { upper = middle }
        }
        bins[lower].add(value)
        return .inside
    }
}
