/// The order-sensitive part of a cell's statistics: counts and floating-point sums. Merged
/// strictly in block order so that sums do not depend on how trials were spread over workers.
public struct CellMoments: Sendable {
    /// Trials in which the cell had a value (NaN marks a trial where it was undefined).
    public internal(set) var count = 0
    /// Trials in which the cell was undefined.
    public internal(set) var undefined = 0
    /// Trials in which the cell met its target.
    public internal(set) var met = 0
    public internal(set) var sum = 0.0
    public internal(set) var sumOfSquares = 0.0

    /// An empty CellMoments.
    public init() {}

    /// Adds trial values in trial order; NaN counts as undefined.
    public mutating func add(_ values: UnsafeBufferPointer<Double>, threshold: Threshold?) {
        for value in values {
            if value.isNaN { undefined &+= 1; continue }
            count &+= 1
            sum += value
            sumOfSquares += value * value
            if let threshold, threshold.isMet(by: value) { met &+= 1 }
        }
    }

    /// Adds `other`'s trials, in the order the runner merges blocks (so sums stay byte-identical).
    public mutating func merge(_ other: CellMoments) {
        count += other.count
        undefined += other.undefined
        met += other.met
        sum += other.sum
        sumOfSquares += other.sumOfSquares
    }
}

/// Streaming statistics of one output cell over the trials: moments, quantiles and how often
/// a target was met. Memory is bounded: the quantile sketch keeps at most its capacity of buckets.
public struct CellAggregate: Sendable {
    public private(set) var moments = CellMoments()
    public private(set) var sketch = QuantileSketch()
    /// How the run's blocks of trials differ: the Monte Carlo error of the mean and probability.
    public private(set) var spread = BatchSpread()

    /// An empty CellAggregate.
    public init() {}

    /// An aggregate of these moments, this sketch and the blocks' spread.
    public init(moments: CellMoments, sketch: QuantileSketch, spread: BatchSpread = BatchSpread()) {
        self.moments = moments
        self.sketch = sketch
        self.spread = spread
    }

    public var count: Int { moments.count }
    public var undefined: Int { moments.undefined }
    public var met: Int { moments.met }
    public var sum: Double { moments.sum }
    public var sumOfSquares: Double { moments.sumOfSquares }

    /// All trials seen, defined or not.
    public var trials: Int { count + undefined }

    public var mean: Double { count > 0 ? sum / Double(count) : .nan }

    /// Sample variance (n − 1 in the denominator).
    public var variance: Double {
        guard count > 1 else { return count == 1 ? 0 : .nan }
        let n = Double(count)
        return max(0, (sumOfSquares - sum * sum / n) / (n - 1))
    }

    /// Monte Carlo standard error of ``mean`` by batch means over the run's blocks (NaN for a
    /// run of one block).
    public var meanStandardError: Double { spread.meanStandardError(moments) }

    /// Monte Carlo standard error of ``probabilityMet`` by batch means over the run's blocks.
    public var probabilityMetStandardError: Double { spread.probabilityStandardError(moments) }

    /// Standard error of the mean.
    public var standardError: Double { (variance / Double(max(count, 1))).squareRoot() }

    /// Share of the trials where the cell was defined in which the target was met: a trial
    /// without a value (a coverage with no family due) is neither met nor missed. NaN when the
    /// cell was never defined.
    public var probabilityMet: Double { count > 0 ? Double(met) / Double(count) : .nan }

    /// The value below which `probability` of the trials fall, from the quantile sketch.
    public func quantile(_ probability: Double) -> Double { sketch.quantile(probability) }
}
