import Foundation
import Testing
@testable import MonteCarlo

@Suite struct QuantileSketchTests {
    static let probabilities = [0.05, 0.25, 0.5, 0.75, 0.95]

    func sketch(_ values: [Double]) -> QuantileSketch {
        var sorted = values
        sorted.sort()
        return sorted.withUnsafeBufferPointer { QuantileSketch(sorted: $0) }
    }

    /// Exponential(1) draws: the sketch's quantiles sit within half a percentile point of the
    /// true distribution's, measured on the distribution function.
    @Test func continuousQuantilesWithinHalfAPercentilePoint() {
        let owner = RandomStream(key: StreamKey(seed: 9, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let values = (0..<100_000).map { _ in -log(1 - stream.uniform()) }
        let summary = sketch(values)
        for p in Self.probabilities {
            let estimate = summary.quantile(p)
            let cdf = 1 - exp(-estimate)
            #expect(abs(cdf - p) < 0.005, "P\(Int(p * 100)): F(\(estimate)) = \(cdf)")
        }
    }

    /// Against the exact quantiles of the same sample, the inverse empirical distribution
    /// function (the value of rank ⌈p·n⌉ among the sorted n values). Values that each have a
    /// bucket of their own come back exactly; in a dense sample the documented bound holds: a
    /// bucket spans a ratio of γ = 1.002, so the estimate is within 0.2% of the exact value.
    @Test func quantilesMatchTheExactQuantilesOfTheSameSample() {
        let owner = RandomStream(key: StreamKey(seed: 13, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let grid = [0.001, 0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.95, 0.99, 0.999, 1.0]
        func exact(_ sorted: [Double], _ p: Double) -> Double {
            sorted[max(1, Int((p * Double(sorted.count)).rounded(.up))) - 1]
        }
        // Small samples of spread-out values (negative, zero and positive): one value a bucket.
        for n in [1, 2, 7, 20, 33] {
            let values = (0..<n).map { index in index == 0 ? 0 : (stream.uniform() - 0.3) * 100 }
            let sorted = values.sorted()
            let summary = sketch(values)
            for p in grid + (1...n).map({ Double($0) / Double(n) }) {
                #expect(summary.quantile(p) == exact(sorted, p), "n \(n), p \(p)")
            }
        }
        // A dense sample: many values share a bucket and are interpolated within it.
        let values = (0..<50_000).map { _ in stream.gamma(shape: 2, scale: 3) - 4 }
        let sorted = values.sorted()
        let summary = sketch(values)
        for p in grid {
            let truth = exact(sorted, p)
            #expect(abs(summary.quantile(p) - truth) <= 0.002 * abs(truth) + 1e-12, "p \(p): \(summary.quantile(p)) vs \(truth)")
        }
    }

    /// Integer values (counts) are reported exactly: the same as sorting all values.
    @Test func integerQuantilesAreExact() {
        let owner = RandomStream(key: StreamKey(seed: 10, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let values = (0..<20_000).map { _ in Double(stream.poisson(mean: 37)) }
        let summary = sketch(values)
        let sorted = values.sorted()
        for p in Self.probabilities {
            let rank = Int((p * Double(sorted.count)).rounded(.up))
            #expect(summary.quantile(p) == sorted[rank - 1])
        }
    }

    /// The sketch's size depends on the spread of the values, not their number.
    @Test func memoryDoesNotGrowWithTheNumberOfValues() {
        let owner = RandomStream(key: StreamKey(seed: 11, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        var merged = QuantileSketch()
        var sizes: [Int] = []
        for _ in 0..<50 {
            merged.merge(sketch((0..<2_000).map { _ in Double(stream.poisson(mean: 50)) }))
            sizes.append(merged.bucketCount)
        }
        #expect(merged.count == 100_000)
        // Poisson(50) rarely leaves 15…95, so at most that many distinct values.
        #expect(sizes.last! <= 81)
        #expect(sizes[49] - sizes[24] <= 6)
    }

    @Test func mergingInAnyOrderGivesTheSameQuantiles() {
        let owner = RandomStream(key: StreamKey(seed: 12, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let parts = (0..<6).map { _ in (0..<500).map { _ in stream.gamma(shape: 2, scale: 3) - 4 } }
        var forward = QuantileSketch(), backward = QuantileSketch()
        for part in parts { forward.merge(sketch(part)) }
        for part in parts.reversed() { backward.merge(sketch(part)) }
        let whole = sketch(parts.flatMap { $0 })
        for p in Self.probabilities {
            #expect(forward.quantile(p) == backward.quantile(p))
            #expect(forward.quantile(p) == whole.quantile(p))
        }
    }

    @Test func emptySketchHasNoQuantile() {
        #expect(QuantileSketch().quantile(0.5).isNaN)
    }
}
