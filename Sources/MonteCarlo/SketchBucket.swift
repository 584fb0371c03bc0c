/// A bucket of a quantile summary: how many values fell into it, its least and greatest value,
/// and how many values equal each of them. A bucket of one or two distinct values therefore
/// knows them all exactly; between its extremes it spreads ranks evenly.
public struct SketchBucket: Sendable, Equatable {
    public var count: UInt32
    public var lowCount: UInt32
    public var highCount: UInt32
    /// The bucket's key in a ``LogBuckets`` (the grid position is implicit in a ``ValueGrid``).
    public var key: Int32
    public var low: Double
    public var high: Double

    /// A bucket holding `value` once.
    init(key: Int32, value: Double) {
        count = 1
        lowCount = 1
        highCount = 1
        self.key = key
        low = value
        high = value
    }

    /// An empty bucket with this key.
    static func empty(key: Int32) -> SketchBucket {
        var bucket = SketchBucket(key: key, value: .infinity)
        bucket.count = 0
        bucket.lowCount = 0
        bucket.high = -.infinity
        bucket.highCount = 0
        return bucket
    }

    /// Adds one value.
    @inline(__always)
    mutating func add(_ value: Double) {
        count &+= 1
        if value < low {
            low = value
            lowCount = 1
        } else if value == low {
            lowCount &+= 1
        }
        if value > high {
            high = value
            highCount = 1
        } else if value == high {
            highCount &+= 1
        }
    }

    /// Adds the values of `other`.
    mutating func absorb(_ other: SketchBucket) {
        count &+= other.count
        if other.low < low {
            low = other.low
            lowCount = other.lowCount
        } else if other.low == low {
            lowCount &+= other.lowCount
        }
        if other.high > high {
            high = other.high
            highCount = other.highCount
        } else if other.high == high {
            highCount &+= other.highCount
        }
    }

    /// The value of rank `position` (1 … count) within the bucket: an extreme where the rank
    /// falls among the values equal to it, else interpolated evenly between the extremes.
    func value(atRank position: Int) -> Double {
        if position <= Int(lowCount) { return low }
        if position > Int(count) - Int(highCount) { return high }
        let inner = Int(count) - Int(lowCount) - Int(highCount)
        let fraction = Double(position - Int(lowCount)) / Double(inner + 1)
        return low + fraction * (high - low)
    }
}
