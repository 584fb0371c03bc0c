/// How much a cell's blocks of trials differ from each other: the batch-means estimate of the
/// Monte Carlo standard error of its mean and of its probability of meeting the target.
///
/// Each fixed block of trials (``MonteCarloRunner/blockSize``) is one batch. Blocks differ in how
/// many trials defined the cell, so the errors are those of ratio estimators: with block sums
/// `s_b`, counts `c_b` and the overall mean `m`, the variance of `m` is
/// `B/(B−1) · Σ (s_b − m·c_b)² / N²` over `B` blocks and `N` defined trials. Blocks are added in
/// block order, like the moments, so the errors are the same for any worker count. The sums for
/// the probability are whole numbers, kept exactly; those for the mean are taken about the first
/// block's mean, so that they do not cancel.
public struct BatchSpread: Sendable {
    /// Blocks added.
    public private(set) var blocks = 0
    private var countSquares = 0
    private var metSquares = 0
    private var metTimesCount = 0
    /// The first defined block's mean, the pivot of the sums below (nil before one).
    private var pivot: Double?
    private var deviationSquares = 0.0
    private var deviationTimesCount = 0.0

    /// An empty spread.
    public init() {}

    /// Adds one block's sums; blocks must come in block order.
    public mutating func add(block: CellMoments) {
        blocks += 1
        let count = block.count
        countSquares += count * count
        metSquares += block.met * block.met
        metTimesCount += block.met * count
        guard count > 0 else { return }
        let pivot = self.pivot ?? block.sum / Double(count)
        self.pivot = pivot
        let deviation = block.sum - pivot * Double(count)
        deviationSquares += deviation * deviation
        deviationTimesCount += deviation * Double(count)
    }

    /// Standard error of `moments.mean`, the total of the blocks added; NaN with fewer than two
    /// blocks or no defined trial. Below a billionth of the mean it is the rounding of the sums,
    /// not chance, and reads 0.
    public func meanStandardError(_ moments: CellMoments) -> Double {
        guard blocks > 1, moments.count > 0, let pivot else { return .nan }
        let total = Double(moments.count)
        let shift = moments.sum / total - pivot
        let squares = deviationSquares - 2 * shift * deviationTimesCount + shift * shift * Double(countSquares)
        let error = (max(0, squares) * Double(blocks) / Double(blocks - 1)).squareRoot() / total
        return error <= 1e-9 * abs(moments.sum / total) ? 0 : error
    }

    /// Standard error of the probability of meeting the target, `met / count` of `moments`;
    /// NaN with fewer than two blocks or no defined trial. Exactly 0 when every block met it in
    /// all or in none of its trials.
    public func probabilityStandardError(_ moments: CellMoments) -> Double {
        guard blocks > 1, moments.count > 0 else { return .nan }
        let total = Int128(moments.count), met = Int128(moments.met)
        // N²·Σ(met_b − p·c_b)² with p = met/N, in whole numbers.
        let scaled = total * total * Int128(metSquares) - 2 * met * total * Int128(metTimesCount)
            + met * met * Int128(countSquares)
        let n = Double(moments.count)
        return (Double(scaled) * Double(blocks) / Double(blocks - 1)).squareRoot() / (n * n)
    }
}
