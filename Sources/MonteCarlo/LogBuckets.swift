import Foundation

/// A summary of values of any range in bounded size: at most ``capacity`` buckets
/// however many values it holds. ``QuantileSketch`` keeps the values outside its grid here.
///
/// Values fall into logarithmic buckets ⟨γ^(k−1), γ^k] (mirrored for negative values, one bucket
/// for zero), starting at γ = 1.002. When the values need more than `capacity` buckets, every
/// pair of neighbouring buckets becomes one (γ is squared: the *level* rises by one), as often as
/// needed, as in UDDSketch (Epicoco et al. 2020). The result is a function of the multiset of
/// values alone — the level is the least at which all of them fit, counts are integers and
/// extremes exact — so adding them in any order gives the same buckets.
public struct LogBuckets: Sendable {
    static let logGamma = log(1.002)
    static let smallest = 1e-12

    /// The buckets in ascending order of key.
    public internal(set) var buckets: [SketchBucket] = []
    /// Number of values held.
    public internal(set) var count = 0
    /// How many times neighbouring buckets were paired up: bucket k at level L spans the level-0
    /// keys 2^L·(k−1)+1 … 2^L·k.
    public internal(set) var level = 0
    /// Most buckets kept.
    public let capacity: Int

    /// No values, keeping at most `capacity` buckets.
    public init(capacity: Int) {
        precondition(capacity >= 2, "a quantile summary needs room for at least 2 buckets")
        self.capacity = capacity
    }

    /// The level-0 key of a finite value; monotone in the value.
    static func key(of value: Double) -> Int32 {
        let magnitude = abs(value)
        if magnitude < smallest { return 0 }
        let index = Int32(min(2.0e9, max(1, (log(magnitude / smallest) / logGamma).rounded(.up))))
        return value < 0 ? -index : index
    }

    /// The key `levels` levels above `key`: neighbouring pairs merged `levels` times.
    static func key(_ key: Int32, raisedBy levels: Int) -> Int32 {
        if levels == 0 || key == 0 { return key }
        return key > 0 ? ((key &- 1) >> Int32(levels)) &+ 1 : -(((-key) &- 1) >> Int32(levels)) &- 1
    }

    /// Adds one finite value.
    public mutating func add(_ value: Double) {
        let key = Self.key(Self.key(of: value), raisedBy: level)
        var lower = 0, upper = buckets.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if buckets[middle].key < key { lower = middle + 1 } else { upper = middle }
        }
        if lower < buckets.count && buckets[lower].key == key {
            buckets[lower].add(value)
        } else {
            buckets.insert(SketchBucket(key: key, value: value), at: lower)
        }
        count += 1
        while buckets.count > capacity { raiseLevel() }
    }

    /// Pairs up neighbouring buckets: one level coarser, about half the buckets.
    mutating func raiseLevel() {
        level += 1
        var kept = 0
        for index in buckets.indices {
            var bucket = buckets[index]
            bucket.key = Self.key(bucket.key, raisedBy: 1)
            if kept > 0 && buckets[kept - 1].key == bucket.key {
                buckets[kept - 1].absorb(bucket)
            } else {
                buckets[kept] = bucket
                kept += 1
            }
        }
        buckets.removeLast(buckets.count - kept)
    }
}
