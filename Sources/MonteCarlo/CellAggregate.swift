/// Streaming statistics of one output cell over the trials: moments, quantiles and how often
/// a target was met. Memory is bounded by the spread of the values, not the number of trials.
public struct CellAggregate: Sendable {
    /// Trials in which the cell had a value (NaN marks a trial where it was undefined).
    public private(set) var count = 0
    /// Trials in which the cell was undefined.
    public private(set) var undefined = 0
    /// Trials in which the cell met its target.
    public private(set) var met = 0
    public private(set) var sum = 0.0
    public private(set) var sumOfSquares = 0.0
    public private(set) var sketch = QuantileSketch()

    public init() {}

    /// Summarises one block of trial values for this cell. `scratch` must hold
    /// `values.count` doubles; it is overwritten.
    public init(block values: UnsafeBufferPointer<Double>, threshold: Threshold?,
                scratch: UnsafeMutableBufferPointer<Double>) {
        var defined = 0
        for value in values {
            if value.isNaN { undefined += 1; continue }
            sum += value
            sumOfSquares += value * value
            if let threshold, threshold.isMet(by: value) { met += 1 }
            scratch[defined] = value
            defined += 1
        }
        count = defined
        var sorted = UnsafeMutableBufferPointer(rebasing: scratch[0..<defined])
        sorted.sort()
        sketch = QuantileSketch(sorted: UnsafeBufferPointer(sorted))
    }

    /// Adds another block's statistics. Sums are added in the order blocks are merged, which
    /// the runner fixes by block index, so results do not depend on the worker count.
    public mutating func merge(_ other: CellAggregate) {
        count += other.count
        undefined += other.undefined
        met += other.met
        sum += other.sum
        sumOfSquares += other.sumOfSquares
        sketch.merge(other.sketch)
    }

    /// All trials seen, defined or not.
    public var trials: Int { count + undefined }

    public var mean: Double { count > 0 ? sum / Double(count) : .nan }

    /// Sample variance (n − 1 in the denominator).
    public var variance: Double {
        guard count > 1 else { return count == 1 ? 0 : .nan }
        let n = Double(count)
        return max(0, (sumOfSquares - sum * sum / n) / (n - 1))
    }

    /// Standard error of the mean.
    public var standardError: Double { (variance / Double(max(count, 1))).squareRoot() }

    /// Share of all trials in which the target was met; undefined trials count as not met.
    public var probabilityMet: Double { trials > 0 ? Double(met) / Double(trials) : .nan }

    public func quantile(_ probability: Double) -> Double { sketch.quantile(probability) }
}
