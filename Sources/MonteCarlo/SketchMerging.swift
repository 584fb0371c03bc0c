/// Combining sketches of disjoint sets of values into the sketch of their union, for merging the
/// parts of a sharded run. The result is the sketch one run over all the values makes, because a
/// sketch is a function of the multiset of its values (and of its grid, which the parts share).
extension QuantileSketch {
    /// The sketch of the union of `parts`' values: all exact, or all bounded on the same grid.
    init(merging parts: [QuantileSketch]) throws(PartialMergeProblem) {
        guard let first = parts.first else { self.init(); return }
        if !first.isBounded {
            guard parts.allSatisfy({ !$0.isBounded }) else { throw .differentGrids }
            let values = parts.flatMap(\.exact)
            self = values.withUnsafeBufferPointer { QuantileSketch(exactly: $0) }
            return
        }
        self = first
        for part in parts.dropFirst() {
            guard part.isBounded, part.grid.edges == grid.edges else { throw .differentGrids }
            for bin in grid.bins.indices { grid.bins[bin].absorb(part.grid.bins[bin]) }
            below.absorb(part.below)
            above.absorb(part.above)
            count += part.count
        }
    }
}

extension LogBuckets {
    /// Adds `other`'s buckets: both at the coarser level, equal keys joined, then as many levels
    /// more as the union needs, which is the least level at which all the values fit, as adding
    /// them one by one gives.
    mutating func absorb(_ other: LogBuckets) {
        var other = other
        while level < other.level { raiseLevel() }
        while other.level < level { other.raiseLevel() }
        var joined: [SketchBucket] = []
        joined.reserveCapacity(buckets.count + other.buckets.count)
        var (mine, theirs) = (0, 0)
        while mine < buckets.count || theirs < other.buckets.count {
            if theirs == other.buckets.count || (mine < buckets.count && buckets[mine].key < other.buckets[theirs].key) {
                joined.append(buckets[mine])
                mine += 1
            } else if mine == buckets.count || other.buckets[theirs].key < buckets[mine].key {
                joined.append(other.buckets[theirs])
                theirs += 1
            } else {
                var bucket = buckets[mine]
                bucket.absorb(other.buckets[theirs])
                joined.append(bucket)
                mine += 1
                theirs += 1
            }
        }
        buckets = joined
        count += other.count
        while buckets.count > capacity { raiseLevel() }
    }
}
