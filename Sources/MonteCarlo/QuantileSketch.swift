import Foundation

/// A mergeable quantile summary whose size depends on the spread of the values, not on how
/// many there are.
///
/// Values fall into logarithmic buckets ⟨γ^(k−1), γ^k] with γ = 1.002 (mirrored for negative
/// values, one bucket for zero). Each bucket keeps its count and the least and greatest value
/// seen, so integer-valued cells are exact and a quantile inside a bucket is interpolated by
/// rank between its extremes; the value error is below 0.2% of the value and the rank error a
/// small fraction of a percentile point. Counts are integers and extremes are exact, so merging
/// is order-independent: a run gives the same quantiles however its trials were split.
public struct QuantileSketch: Sendable {
    static let logGamma = log(1.002)
    static let smallest = 1e-12

    private(set) var keys: [Int32] = []
    private(set) var counts: [Int] = []
    private(set) var lows: [Double] = []
    private(set) var highs: [Double] = []

    /// Number of values summarised.
    public private(set) var count = 0

    /// An empty QuantileSketch.
    public init() {}

    /// The bucket of a finite value; monotone in the value.
    @inline(__always)
    static func bucket(of value: Double) -> Int32 {
        let magnitude = abs(value)
        if magnitude < smallest { return 0 }
        let index = Int32(min(2.0e9, max(1, (log(magnitude / smallest) / logGamma).rounded(.up))))
        return value < 0 ? -index : index
    }

    /// A sketch of `sortedValues`, which must be finite and in ascending order.
    public init(sorted sortedValues: UnsafeBufferPointer<Double>) {
        var index = 0
        while index < sortedValues.count {
            let key = Self.bucket(of: sortedValues[index])
            let low = sortedValues[index]
            var end = index + 1
            while end < sortedValues.count && Self.bucket(of: sortedValues[end]) == key { end += 1 }
            keys.append(key)
            counts.append(end - index)
            lows.append(low)
            highs.append(sortedValues[end - 1])
            index = end
        }
        count = sortedValues.count
    }

    /// Adds everything `other` summarises.
    public mutating func merge(_ other: QuantileSketch) {
        if other.count == 0 { return }
        if count == 0 { self = other; return }
        if mergeInPlace(other) { return }
        var merged = QuantileSketch()
        merged.keys.reserveCapacity(keys.count + other.keys.count)
        merged.counts.reserveCapacity(keys.count + other.keys.count)
        merged.lows.reserveCapacity(keys.count + other.keys.count)
        merged.highs.reserveCapacity(keys.count + other.keys.count)
        var i = 0, j = 0
        while i < keys.count || j < other.keys.count {
            if j == other.keys.count || (i < keys.count && keys[i] < other.keys[j]) {
                merged.append(keys[i], counts[i], lows[i], highs[i]); i += 1
            } else if i == keys.count || other.keys[j] < keys[i] {
                merged.append(other.keys[j], other.counts[j], other.lows[j], other.highs[j]); j += 1
            } else {
                merged.append(keys[i], counts[i] + other.counts[j],
                              min(lows[i], other.lows[j]), max(highs[i], other.highs[j]))
                i += 1; j += 1
            }
        }
        merged.count = count + other.count
        self = merged
    }

    /// Merges without reallocating when every bucket of `other` is already here (the common
    /// case once a run has warmed up); returns false, changing nothing, otherwise.
    private mutating func mergeInPlace(_ other: QuantileSketch) -> Bool {
        var positions = [Int]()
        positions.reserveCapacity(other.keys.count)
        var i = 0
        for key in other.keys {
            while i < keys.count && keys[i] < key { i += 1 }
            guard i < keys.count && keys[i] == key else { return false }
            positions.append(i)
        }
        for (j, position) in positions.enumerated() {
            counts[position] += other.counts[j]
            lows[position] = min(lows[position], other.lows[j])
            highs[position] = max(highs[position], other.highs[j])
        }
        count += other.count
        return true
    }

    private mutating func append(_ key: Int32, _ n: Int, _ low: Double, _ high: Double) {
        keys.append(key); counts.append(n); lows.append(low); highs.append(high)
    }

    /// The `probability` quantile as the inverse of the empirical distribution function: the
    /// value of rank ⌈p·n⌉ among the n values (exact when its bucket holds one distinct value).
    /// NaN when the sketch is empty.
    public func quantile(_ probability: Double) -> Double {
        guard count > 0 else { return .nan }
        let rank = min(count, max(1, Int((probability * Double(count)).rounded(.up))))
        var before = 0
        for bucket in keys.indices {
            let n = counts[bucket]
            if rank <= before + n {
                if n == 1 || lows[bucket] == highs[bucket] { return lows[bucket] }
                let position = Double(rank - before - 1) / Double(n - 1)
                return lows[bucket] + position * (highs[bucket] - lows[bucket])
            }
            before += n
        }
        return highs[highs.count - 1]
    }

    /// Number of buckets in use: the sketch's memory, which does not grow with the trials.
    public var bucketCount: Int { keys.count }
}
