/// A quantile summary of one output cell, the same whatever order its values arrive in, exact
/// for a run's first trials and bounded in size after them.
///
/// Until the run's pilot closes (its first trials, see ``SharedSketches``) a cell's values are
/// kept as they are, so a run of no more trials than the pilot reports the sample's own
/// quantiles. A sketch built from the pilot sets a grid of bins whose edges are the pilot's
/// quantiles (``ValueGrid``), so the bins are narrow where the values crowd and each holds about
/// the same share of them; the values outside the pilot's range go to a bounded number of
/// logarithmic buckets below and above the grid (``LogBuckets``). Every bin keeps its count and
/// its extremes with how many values equal each, so a bin of one or two distinct values (counts,
/// a coverage of exactly 1) is exact and a quantile inside a bin of more is interpolated by rank
/// between its extremes. Counts are integers and extremes exact, so the sketch does not depend on
/// the order of its values: a run gives the same quantiles however its trials were spread over
/// workers.
///
/// Memory: at most the grid's bins and ``tailCapacity`` buckets either side, whatever the trials.
public struct QuantileSketch: Sendable {
    /// Most buckets kept below and above the grid.
    public static let tailCapacity = 32

    /// The values, ascending, while the sketch is exact; empty once it has a grid.
    var exact: [Double] = []
    var grid = ValueGrid()
    /// Values under the grid (all values when the pilot had none to set a grid).
    var below = LogBuckets(capacity: tailCapacity)
    var above = LogBuckets(capacity: tailCapacity)
    /// Whether the sketch summarises by bins rather than keeping its values.
    public internal(set) var isBounded = false
    /// Number of values summarised.
    public internal(set) var count = 0

    /// An exact summary of no values.
    public init() {}

    /// An exact summary of `values` (NaN skipped): its quantiles are the sample's own.
    public init(exactly values: UnsafeBufferPointer<Double>) {
        exact = values.filter { !$0.isNaN }
        exact.withUnsafeMutableBufferPointer { AscendingSort.sort($0) }
        count = exact.count
    }

    /// A bounded summary whose grid of at most `bins` bins is set by the finite values of
    /// `pilot` (any order), which it then holds; without any finite pilot value, no grid.
    public init(pilot: UnsafeBufferPointer<Double>, bins: Int) {
        var finite = pilot.filter { $0.isFinite }
        finite.withUnsafeMutableBufferPointer { AscendingSort.sort($0) }
        self = finite.withUnsafeBufferPointer { QuantileSketch(shapedBy: $0, bins: bins) }
        // The finite values, sorted, all lie within the grid they shaped: one walk counts them.
        finite.withUnsafeBufferPointer { grid.addSorted($0) }
        count = finite.count
        for value in pilot where value.isInfinite { [value].withUnsafeBufferPointer { add($0) } }
    }

    /// An empty bounded summary whose grid of at most `bins` bins is set by `sortedFinite`
    /// (ascending, finite; none: no grid), rounded values when `roundingCeiling` is given (see
    /// ``ValueGrid``).
    init(shapedBy sortedFinite: UnsafeBufferPointer<Double>, bins: Int, roundingCeiling: ((Double) -> Double)? = nil) {
        isBounded = true
        if !sortedFinite.isEmpty {
            grid = ValueGrid(sortedPilot: sortedFinite, bins: bins, roundingCeiling: roundingCeiling)
        }
    }

    /// A summary of `values` (NaN skipped) as a run would make it: exact when there are no more
    /// than `pilotSize`, else bounded, its grid set by the first `pilotSize` of them.
    public init(values: [Double], pilotSize: Int, bins: Int) {
        self = values.withUnsafeBufferPointer { all in
            guard all.count > pilotSize else { return QuantileSketch(exactly: all) }
            var sketch = QuantileSketch(pilot: UnsafeBufferPointer(rebasing: all[..<pilotSize]), bins: bins)
            sketch.add(UnsafeBufferPointer(rebasing: all[pilotSize...]))
            return sketch
        }
    }

    /// Adds the values that are not NaN to a bounded sketch.
    public mutating func add(_ values: UnsafeBufferPointer<Double>) {
        precondition(isBounded, "an exact sketch is made whole from its values")
        let (inside, outside) = grid.addInside(values)
        if outside > 0 {
            // Few values fall outside the pilot's range: a second look finds them.
            for value in values where !value.isNaN && !grid.holds(value) {
                if grid.bins.isEmpty || value < grid.edges[0] { below.add(value) } else { above.add(value) }
            }
        }
        count &+= inside &+ outside
    }

    /// The `probability` quantile as the inverse of the empirical distribution function: the
    /// value of rank ⌈p·n⌉ among the n values. Exact while the sketch keeps its values, and when
    /// that value is one of its bin's extremes; else interpolated by rank between them. NaN when
    /// the sketch is empty.
    public func quantile(_ probability: Double) -> Double {
        guard count > 0 else { return .nan }
        let rank = min(count, max(1, Int((probability * Double(count)).rounded(.up))))
        guard isBounded else { return exact[rank - 1] }
        var before = 0
        for part in [below.buckets, grid.bins, above.buckets] {
            for bucket in part where bucket.count > 0 {
                let n = Int(bucket.count)
                if rank <= before + n { return bucket.value(atRank: rank - before) }
                before += n
            }
        }
        preconditionFailure("the buckets hold fewer values than the sketch counts")
    }

    /// Buckets in use, grid bins included (0 while exact): bounded whatever the trials.
    public var bucketCount: Int { below.buckets.count + grid.bins.count + above.buckets.count }
}
