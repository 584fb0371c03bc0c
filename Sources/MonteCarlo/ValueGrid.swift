/// Bins over the range where a cell's values mostly fall, each holding about the same share of
/// them: the edges are quantiles of a pilot of the values (see ``QuantileSketch``), so the bins
/// are narrow where the values crowd (a coverage near 1) and wide where they are few. Values
/// outside the pilot's range are not the grid's to hold.
struct ValueGrid: Sendable {
    /// Lower edges of the bins, ascending and distinct; the last entry is the upper edge of the
    /// last bin.
    let edges: [Double]
    /// The bins, in order (empty ones have count 0).
    var bins: [SketchBucket]

    /// No grid: every value falls below it.
    init() {
        edges = []
        bins = []
    }

    /// A grid of at most `binCount` bins over `sortedPilot` (finite, ascending, not empty): a bin
    /// from each distinct pilot value when they are few enough (so counts stay exact), else
    /// edges at evenly spaced quantiles of the pilot.
    ///
    /// A pilot of rounded values (a ``ShapingPass``'s) comes with `roundingCeiling`, the least
    /// value above all that round to a given one. A value seen more than once is then a likely
    /// atom, and values that differ only past the rounding (55 and 55.00000000000001) are one
    /// atom to a planner: its bin is closed at that ceiling, so the atom keeps a bin of its own
    /// whose extremes are exact. Such a pilot gets fewer cuts where needed, so the bins stay
    /// within `binCount`.
    init(sortedPilot: UnsafeBufferPointer<Double>, bins binCount: Int,
         roundingCeiling: ((Double) -> Double)? = nil) {
        let n = sortedPilot.count
        var distinct = 1
        for index in 1..<n where sortedPilot[index] != sortedPilot[index - 1] { distinct &+= 1 }
        var cutCount = binCount
        var cuts: [Double] = []
        while true {
            cuts = Self.cuts(sortedPilot, distinct: distinct, count: cutCount, roundingCeiling: roundingCeiling)
            // The ceilings of a rounded pilot's atoms add edges: fewer cuts until all fit.
            guard cuts.count - 1 > binCount, cutCount > 1 else { break }
            cutCount = max(1, cutCount * binCount / (cuts.count - 1) - 1)
        }
        edges = cuts
        bins = (0..<(cuts.count - 1)).map { SketchBucket.empty(key: Int32($0)) }
    }

    /// The edges at `count` cuts of `sortedPilot`, which has `distinct` distinct values: each
    /// of them when they are no more, else evenly spaced quantiles; each followed by its rounding
    /// ceiling when repeated in a rounded pilot; then the upper edge.
    private static func cuts(_ sortedPilot: UnsafeBufferPointer<Double>, distinct: Int, count: Int,
                             roundingCeiling: ((Double) -> Double)?) -> [Double] {
        let n = sortedPilot.count
        var cuts: [Double] = []
        func cut(at index: Int) {
            let value = sortedPilot[index]
            if cuts.last.map({ $0 < value }) ?? true { cuts.append(value) }
            let repeated = (index > 0 && sortedPilot[index - 1] == value) || (index + 1 < n && sortedPilot[index + 1] == value)
            if let roundingCeiling, repeated, cuts.last! < roundingCeiling(value) { cuts.append(roundingCeiling(value)) }
        }
        if distinct <= count {
            for index in 0..<n where index == 0 || sortedPilot[index] != sortedPilot[index - 1] { cut(at: index) }
        } else {
            for position in Self.cutPositions(sampleSize: n, count: count) { cut(at: position) }
        }
        let top = roundingCeiling?(sortedPilot[n - 1]) ?? sortedPilot[n - 1].nextUp
        if cuts.last! < top { cuts.append(top) }
        return cuts
    }

    /// The quantiles the results report (P5, P25, P50, P75, P95): the grid is finest where they
    /// can fall.
    static let reportedProbabilities = [0.05, 0.25, 0.5, 0.75, 0.95]

    /// Positions, ascending, in a sorted sample of `sampleSize` values of `count` cuts: a tenth
    /// spread evenly over the whole sample, the rest evenly over the bands where the reported
    /// quantiles of the whole run can fall, given how far a sample of this size strays (four
    /// standard errors of a proportion either side, √(p(1 − p)/n), and two values more). A large
    /// pilot thus gets narrow bins around P5 … P95, where a bin's width is what a quantile can be
    /// off by; a small one spreads them evenly, as its bands cover everything.
    static func cutPositions(sampleSize n: Int, count: Int) -> [Int] {
        var bands: [(low: Double, high: Double)] = []
        for p in reportedProbabilities {
            let half = 4 * (p * (1 - p) / Double(n)).squareRoot() + 2 / Double(n)
            let band = (low: max(0, p - half), high: min(1, p + half))
            if let last = bands.last, band.low <= last.high {
                bands[bands.count - 1].high = max(last.high, band.high)
            } else {
                bands.append(band)
            }
        }
        let coarse = max(2, count / 10)
        let fine = count - coarse
        let covered = bands.reduce(0) { $0 + $1.high - $1.low }
        var positions = (0..<coarse).map { $0 * n / coarse }
        for step in 0..<fine {
            var mass = (Double(step) + 0.5) * covered / Double(fine)
            for band in bands {
                let width = band.high - band.low
                if mass <= width {
                    positions.append(min(n - 1, Int(((band.low + mass) * Double(n)).rounded(.down))))
                    break
                }
                mass -= width
            }
        }
        return positions.sorted()
    }

    /// Where a value fell: into a bin, or below or above the grid.
    enum Placement { case inside, below, above }

    /// Counts `sorted` (ascending, all within the grid) in their bins in one walk.
    mutating func addSorted(_ sorted: UnsafeBufferPointer<Double>) {
        var bin = 0
        let lastBin = bins.count - 1
        for value in sorted {
            while bin < lastBin && edges[bin + 1] <= value { bin += 1 }
            bins[bin].add(value)
        }
    }

    /// Counts `value` in its bin when it lies within the grid.
    mutating func add(_ value: Double) -> Placement {
        if edges.isEmpty || value < edges[0] { return .below }
        if value >= edges[edges.count - 1] { return .above }
        // The last edge at or below the value, halving the candidates without a branch to
        // mispredict (the values of a cell land anywhere in its grid).
        let bin = edges.withUnsafeBufferPointer { edges in
            var base = 0
            var candidates = edges.count - 1
            while candidates > 1 {
                let half = candidates &>> 1
                base = edges[base &+ half] <= value ? base &+ half : base
                candidates &-= half
            }
            return base
        }
        bins[bin].add(value)
        return .inside
    }
}
