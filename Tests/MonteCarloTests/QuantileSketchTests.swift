import Foundation
import Testing
@testable import MonteCarlo

@Suite struct QuantileSketchTests {
    static let probabilities = [0.05, 0.25, 0.5, 0.75, 0.95]
    /// The pilot and bins of a run the size of the default region (about 1,800 cells) and of a
    /// national one (1,100 units × 10 years, about 176,000 cells).
    static let regional = (pilot: SketchBudget().pilotTrials(cells: 1_800, trials: .max), bins: SketchBudget().binsPerCell(cells: 1_800))
    static let national = (pilot: SketchBudget().shapingTrials(cells: 176_000, trials: .max), bins: SketchBudget().binsPerCell(cells: 176_000))

    func draws(seed: UInt64, _ count: Int, _ draw: (RandomGenerator) -> Double) -> [Double] {
        let owner = RandomStream(key: StreamKey(seed: seed, trial: 0, subject: 0, component: 0))
        return withExtendedLifetime(owner) { (0..<count).map { _ in draw(owner.generator) } }
    }

    /// How far, in shares of the sample, the estimate of the `p` quantile is from the exact one:
    /// 0 when it is the value of rank ⌈p·n⌉ or ranks as that value does, else the distance from
    /// that rank to the ranks the estimate would take among the sorted values.
    func rankError(_ estimate: Double, _ sorted: [Double], _ p: Double) -> Double {
        let target = max(1, Int((p * Double(sorted.count)).rounded(.up)))
        func firstIndex(where isAbove: (Double) -> Bool) -> Int {
            var lower = 0, upper = sorted.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if isAbove(sorted[middle]) { upper = middle } else { lower = middle + 1 }
            }
            return lower
        }
        let below = firstIndex { $0 >= estimate }
        let atOrBelow = firstIndex { $0 > estimate }
        let distance = target <= below ? below + 1 - target : (target > atOrBelow ? target - atOrBelow : 0)
        return Double(distance) / Double(sorted.count)
    }

    @Test func theNationalRunKeepsAPilotAndBinsWithinItsBudget() {
        #expect(Self.regional == (pilot: 2_000, bins: 256))
        #expect(SketchBudget().pilotTrials(cells: 176_000, trials: .max) == 190)
        #expect(Self.national == (pilot: 762, bins: 88))
    }

    /// Exponential(1) draws: the quantiles sit within half a percentile point of the true
    /// distribution's, measured on the distribution function, at regional and national scale.
    @Test func continuousQuantilesWithinHalfAPercentilePoint() {
        let values = draws(seed: 9, 100_000) { -log(1 - $0.uniform()) }
        for scale in [Self.regional, Self.national] {
            let summary = QuantileSketch(values: values, pilotSize: scale.pilot, bins: scale.bins)
            #expect(summary.isBounded)
            for p in Self.probabilities {
                let cdf = 1 - exp(-summary.quantile(p))
                #expect(abs(cdf - p) < 0.005, "pilot \(scale.pilot): P\(Int(p * 100)): F = \(cdf)")
            }
        }
    }

    /// Against the exact quantiles of the same sample (the value of rank ⌈p·n⌉): a skewed
    /// continuous sample, a lumpy one (a ratio of small counts, many atoms) and a coverage share
    /// piled up at 1 stay within half a percentile point in rank.
    @Test func quantilesWithinHalfAPercentilePointOfTheSameSample() {
        let samples: [(String, [Double])] = [
            ("gamma", draws(seed: 13, 10_000) { $0.gamma(shape: 2, scale: 3) - 4 }),
            ("ratio", draws(seed: 14, 10_000) { Double($0.poisson(mean: 90)) / Double(1 + $0.poisson(mean: 1)) }),
            ("coverage", draws(seed: 15, 10_000) { min(1, Double($0.poisson(mean: 95)) / 100) }),
        ]
        for (name, values) in samples {
            let sorted = values.sorted()
            let summary = QuantileSketch(values: values, pilotSize: Self.regional.pilot, bins: Self.regional.bins)
            for p in Self.probabilities {
                let error = rankError(summary.quantile(p), sorted, p)
                #expect(error <= 0.005, "\(name) P\(Int(p * 100)): \(summary.quantile(p)) is \(error) off in rank")
            }
        }
    }

    /// A run no longer than its pilot keeps every value: every quantile is the sample's own.
    @Test func withinThePilotEveryQuantileIsExact() {
        for n in [1, 2, 7, 20, 200, 2_000] {
            let values = draws(seed: UInt64(n), n) { ($0.uniform() - 0.3) * 100 }
            let sorted = values.sorted()
            let summary = QuantileSketch(values: values, pilotSize: 2_000, bins: 256)
            #expect(!summary.isBounded)
            for k in 1...n {
                let p = (Double(k) - 0.5) / Double(n)
                #expect(summary.quantile(p) == sorted[k - 1], "n \(n), p \(p)")
            }
        }
    }

    /// Integer values (counts) are reported exactly, at regional and national scale.
    @Test func integerQuantilesAreExact() {
        let values = draws(seed: 10, 20_000) { Double($0.poisson(mean: 37)) }
        let sorted = values.sorted()
        for scale in [Self.regional, Self.national] {
            let summary = QuantileSketch(values: values, pilotSize: scale.pilot, bins: scale.bins)
            #expect(summary.isBounded)
            for p in [0.001, 0.01] + Self.probabilities + [0.99, 0.999, 1] {
                #expect(summary.quantile(p) == sorted[Int((p * Double(sorted.count)).rounded(.up)) - 1], "p \(p)")
            }
        }
    }

    /// The sketch's size is bounded however many values it holds.
    @Test func memoryDoesNotGrowWithTheNumberOfValues() {
        let pilot = draws(seed: 11, 200) { $0.gamma(shape: 2, scale: 3) }
        var summary = pilot.withUnsafeBufferPointer { QuantileSketch(pilot: $0, bins: 64) }
        var sizes: [Int] = []
        for part in 0..<50 {
            let values = draws(seed: 100 + UInt64(part), 2_000) { $0.gamma(shape: 2, scale: 3) * 1.5 }
            values.withUnsafeBufferPointer { summary.add($0) }
            sizes.append(summary.bucketCount)
        }
        #expect(summary.count == 100_200)
        #expect(sizes.max()! <= 64 + 2 * QuantileSketch.tailCapacity)
        #expect(sizes[49] - sizes[24] <= 8, "\(sizes)")
    }

    /// The same values added in any order and any parts give the same quantiles.
    @Test func addingInAnyOrderGivesTheSameQuantiles() {
        let parts = (0..<6).map { part in draws(seed: 12 + UInt64(part), 500) { $0.gamma(shape: 2, scale: 3) - 4 } }
        var forward = parts[0].withUnsafeBufferPointer { QuantileSketch(pilot: $0, bins: 64) }
        var backward = forward
        var whole = forward
        for part in parts.dropFirst() { part.withUnsafeBufferPointer { forward.add($0) } }
        for part in parts.dropFirst().reversed() { part.reversed().withUnsafeBufferPointer { backward.add($0) } }
        parts.dropFirst().flatMap { $0 }.withUnsafeBufferPointer { whole.add($0) }
        #expect(forward.bucketCount == backward.bucketCount && forward.bucketCount == whole.bucketCount)
        for p in (0...1000).map({ Double($0) / 1000 }) {
            #expect(forward.quantile(p) == backward.quantile(p))
            #expect(forward.quantile(p) == whole.quantile(p))
        }
    }

    /// The grid is finest where the reported quantiles can fall: with a pilot of 2,000, the 4%
    /// of the sample around the median gets about three times its even share of 256 cuts; a
    /// tenth of the cuts still spans the whole sample; a pilot of 100 is cut evenly, its bands
    /// covering everything.
    @Test func cutsCrowdWhereTheReportedQuantilesFall() {
        let large = ValueGrid.cutPositions(sampleSize: 2_000, count: 256)
        #expect(large.count == 256 && large == large.sorted() && large.first == 0 && large.last! < 2_000)
        let nearMedian = large.filter { (960..<1_040).contains($0) }.count
        #expect(nearMedian >= 25, "\(nearMedian) cuts near the median")
        #expect(large.filter { (1_300..<1_700).contains($0) }.count >= 2)
        let small = ValueGrid.cutPositions(sampleSize: 100, count: 50)
        let gaps = zip(small.dropFirst(), small).map { $0 - $1 }
        #expect(gaps.max()! <= 4, "\(small)")
    }

    /// The slice table finds each value's bin as a plain search of the edges does: for values on
    /// the edges, one step either side of them, between them, and for grids whose bins crowd into
    /// a few slices or whose range is too wide for a Double's arithmetic.
    static let crowdedPilots: [[Double]] = [
        (0..<1_000).map { (i: Int) -> Double in pow(Double(i) / 1_000, 8) },              // bins crowd near 0
        (0..<1_000).map { (i: Int) -> Double in Double(i % 7) },                           // a bin per distinct value
        (0..<1_000).map { (i: Int) -> Double in i < 500 ? -1e308 + Double(i) : 1e308 },  // range overflows
        (0..<1_000).map { (i: Int) -> Double in 0.9 + Double(i) * 1e-4 },                  // a coverage's narrow range
    ]

    @Test(arguments: crowdedPilots)
    func everyValueLandsInTheBinItsEdgesSay(pilot: [Double]) {
        let sorted = pilot.sorted()
        var grid = sorted.withUnsafeBufferPointer { ValueGrid(sortedPilot: $0, bins: 256) }
        let edges = grid.edges
        var probes: [Double] = []
        for edge in edges { probes += [edge.nextDown, edge, edge.nextUp] }
        for index in 0..<(edges.count - 1) { probes.append(edges[index] + (edges[index + 1] - edges[index]) / 3) }
        probes += [.nan, -.infinity, .infinity]
        var expected = Array(repeating: 0, count: grid.bins.count)
        var outside = 0
        for value in probes where !value.isNaN {
            guard value >= edges[0] && value < edges[edges.count - 1] else { outside += 1; continue }
            expected[edges.lastIndex { $0 <= value }!] += 1
        }
        let counted = probes.withUnsafeBufferPointer { grid.addInside($0) }
        #expect(counted.outside == outside)
        #expect(counted.inside == probes.count - 1 - outside)
        #expect(grid.bins.map { Int($0.count) } == expected)
    }

    @Test func emptySketchHasNoQuantile() {
        #expect(QuantileSketch().quantile(0.5).isNaN)
        #expect(QuantileSketch(values: [.nan, .nan], pilotSize: 1, bins: 64).quantile(0.5).isNaN)
    }
}
