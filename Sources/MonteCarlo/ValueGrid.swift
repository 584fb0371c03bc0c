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
    /// The grid's range cut into ``slicesPerBin`` times as many equal slices as it has bins: per
    /// slice boundary (the last is the range's top), the bin it falls in. A value's slice then
    /// names its bin or the first of a few to step through, instead of a binary search whose
    /// every step is a branch the processor cannot predict (the values land anywhere).
    let slices: [UInt8]
    /// Slices per unit of value: `slices.count - 1` over the grid's range (0 if that overflows).
    let sliceScale: Double

    /// Slices per bin: one byte each per bin, beside a bin's 40 bytes.
    static let slicesPerBin = 2
    /// Most bins a grid has: a bin's index must fit a slice's byte.
    static let maxBins = 256

    /// No grid: every value falls below it.
    init() {
        edges = []
        bins = []
        slices = []
        sliceScale = 0
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
    init(sortedPilot: UnsafeBufferPointer<Double>, bins requested: Int,
         roundingCeiling: ((Double) -> Double)? = nil) {
        let binCount = min(requested, Self.maxBins)
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
        (slices, sliceScale) = Self.slices(edges: cuts)
    }

    /// The slice table of a grid with these edges (see ``slices``).
    static func slices(edges: [Double]) -> ([UInt8], Double) {
        let binCount = edges.count - 1
        let sliceCount = slicesPerBin * binCount
        let (low, high) = (edges[0], edges[binCount])
        let scale = Double(sliceCount) / (high - low)
        // A range too wide for a Double's arithmetic: every slice spans the whole grid.
        guard scale.isFinite && scale > 0 else { return (Array(repeating: 0, count: sliceCount) + [UInt8(binCount - 1)], 0) }
        var table: [UInt8] = []
        table.reserveCapacity(sliceCount + 1)
        var bin = 0
        for slice in 0...sliceCount {
            let start = low + Double(slice) / scale
            while bin < binCount - 1 && edges[bin + 1] <= start { bin += 1 }
            table.append(UInt8(bin))
        }
        return (table, scale)
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

    /// Counts `sorted` (ascending, all within the grid) in their bins in one walk.
    mutating func addSorted(_ sorted: UnsafeBufferPointer<Double>) {
        var bin = 0
        let lastBin = bins.count - 1
        for value in sorted {
            while bin < lastBin && edges[bin + 1] <= value { bin += 1 }
            bins[bin].add(value)
        }
    }

    /// Whether `value` lies within the grid (never, without one).
    func holds(_ value: Double) -> Bool {
        !edges.isEmpty && value >= edges[0] && value < edges[edges.count - 1]
    }

    /// Counts each value of `values` that lies within the grid in its bin, and returns how many
    /// lie outside it (NaN is neither).
    mutating func addInside(_ values: UnsafeBufferPointer<Double>) -> (inside: Int, outside: Int) {
        guard !edges.isEmpty else { return (0, values.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }) }
        let (low, high) = (edges[0], edges[edges.count - 1])
        let (scale, lastSlice, lastBin) = (sliceScale, slices.count - 2, bins.count - 1)
        var (inside, outside) = (0, 0)
        edges.withUnsafeBufferPointer { edges in
            slices.withUnsafeBufferPointer { slices in
                bins.withUnsafeMutableBufferPointer { bins in
                    for value in values {
                        guard value >= low && value < high else {
                            if !value.isNaN { outside &+= 1 }
                            continue
                        }
                        let position = (value - low) * scale  // NaN only for a range too wide (scale 0)
                        let slice = position < Double(lastSlice) ? Int(position) : lastSlice
                        var bin = Int(slices[slice])
                        let next = Int(slices[slice &+ 1])
                        if next &- bin > 4 {
                            bin = Self.lastEdge(atOrBelow: value, in: edges, from: bin, through: next)
                        } else {
                            // The slice's start may round to either side of the value.
                            while edges[bin] > value { bin &-= 1 }
                            while bin < lastBin && edges[bin &+ 1] <= value { bin &+= 1 }
                        }
                        bins[bin].add(value)
                        inside &+= 1
                    }
                }
            }
        }
        return (inside, outside)
    }

    /// The last bin from `first` through `last` whose lower edge is at or below `value`, by
    /// halving; the whole grid when the slice's bins, from rounding, do not bracket the value.
    private static func lastEdge(atOrBelow value: Double, in edges: UnsafeBufferPointer<Double>,
                                 from first: Int, through last: Int) -> Int {
        let lastBin = edges.count - 2
        var (low, high) = (first, last)
        if edges[low] > value || (high < lastBin && edges[high &+ 1] <= value) { (low, high) = (0, lastBin) }
        while low < high {
            let middle = (low &+ high &+ 1) &>> 1
            if edges[middle] <= value { low = middle } else { high = middle &- 1 }
        }
        return low
    }
}
