import Foundation
import Synchronization
import Testing
@testable import MonteCarlo

/// A model with known answers: cell 0 is Poisson(20), cell 1 uniform on [0, 1), cell 2 the trial number.
struct KnownSimulator: TrialSimulator {
    let seed: UInt64
    let stream = RandomStream(key: StreamKey(seed: 0, trial: 0, subject: 0, component: 0))

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        let random = stream.generator
        random.reset(to: StreamKey(seed: seed, trial: trial, subject: 1, component: 1))
        cells[0] = Double(random.poisson(mean: 20))
        cells[1] = random.uniform()
        cells[2] = Double(trial)
    }
}

/// Counts every trial it is asked to simulate (cells: the trial number, twice, and zero).
struct CountingSimulator: TrialSimulator {
    final class Counter: Sendable {
        let trials = Atomic<Int>(0)
    }

    let counter: Counter

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        counter.trials.add(1, ordering: .relaxed)
        cells[0] = Double(trial)
        cells[1] = Double(trial)
        cells[2] = 0
    }
}

@Suite struct MonteCarloRunnerTests {
    let thresholds: [Threshold?] = [.atMost(22), .atLeast(0.9), nil]

    func run(trials: Int, workers: Int, seed: UInt64 = 5, blockSize: Int = 64) -> [CellAggregate] {
        MonteCarloRunner(trials: trials, workers: workers, blockSize: blockSize)
            .run(thresholds: thresholds, makeSimulator: { KnownSimulator(seed: seed) })!
    }

    /// Sums, counts and quantiles are bit for bit the same for any worker count, whether the
    /// pilot (the first 2,000 trials here) spans many blocks or ends inside the first.
    @Test(arguments: [64, 2_500])
    func resultsAreIdenticalForAnyWorkerCount(blockSize: Int) {
        let trials = 6_001
        let one = run(trials: trials, workers: 1, blockSize: blockSize)
        #expect(one[0].sketch.isBounded)
        for workers in [2, 3, 8] {
            let other = run(trials: trials, workers: workers, blockSize: blockSize)
            for cell in one.indices {
                #expect(one[cell].sum.bitPattern == other[cell].sum.bitPattern)
                #expect(one[cell].sumOfSquares.bitPattern == other[cell].sumOfSquares.bitPattern)
                #expect(one[cell].met == other[cell].met)
                #expect(one[cell].sketch.bucketCount == other[cell].sketch.bucketCount)
                for p in (0...200).map({ Double($0) / 200 }) { #expect(one[cell].quantile(p) == other[cell].quantile(p)) }
            }
        }
    }

    @Test func everyTrialIsCountedOnce() {
        let cells = run(trials: 1_000, workers: 2)
        #expect(cells[2].count == 1_000)
        #expect(cells[2].sum == Double(999 * 1_000 / 2))
        #expect(cells[2].quantile(0.5) == 499)
    }

    @Test func knownMeansAndProbabilities() {
        let cells = run(trials: 40_000, workers: 2)
        #expect(abs(cells[0].mean - 20) < 4 * cells[0].standardError)
        #expect(abs(cells[0].variance - 20) < 1)
        // P(Poisson(20) ≤ 22) = 0.72061; binomial standard error at 40,000 trials ≈ 0.0022.
        #expect(abs(cells[0].probabilityMet - 0.72061) < 0.01)
        #expect(abs(cells[1].probabilityMet - 0.1) < 0.006)
        #expect(abs(cells[1].quantile(0.95) - 0.95) < 0.005)
    }

    @Test func aDifferentSeedGivesDifferentResults() {
        #expect(run(trials: 500, workers: 2, seed: 5)[0].sum != run(trials: 500, workers: 2, seed: 6)[0].sum)
    }

    /// Cancellation is polled before each block is taken: once `isCancelled` has said no three
    /// times, no fourth block starts, so at most 3 blocks of 10 of the 10,000 trials are simulated.
    @Test func cancellingStopsTheRun() {
        let calls = Atomic<Int>(0)
        let simulated = CountingSimulator.Counter()
        let result = MonteCarloRunner(trials: 10_000, workers: 2, blockSize: 10)
            .run(thresholds: thresholds, makeSimulator: { CountingSimulator(counter: simulated) },
                 isCancelled: { calls.add(1, ordering: .relaxed).newValue > 3 })
        #expect(result == nil)
        let count = simulated.trials.load(ordering: .relaxed)
        #expect(count <= 30, "\(count) of 10000 trials simulated after cancelling")
    }

    /// A trial where the cell is undefined (NaN) is neither met nor missed: the probability is
    /// over the defined trials.
    @Test func undefinedValuesAreCountedApartAndNeitherMeetNorMissTheTarget() {
        let values: [Double] = [1, .nan, 3, .nan]
        var moments = CellMoments()
        values.withUnsafeBufferPointer { moments.add($0, threshold: .atLeast(0)) }
        let defined = values.filter { !$0.isNaN }
        let cell = CellAggregate(moments: moments, sketch: QuantileSketch(values: defined, pilotSize: 2, bins: 64))
        #expect(cell.count == 2 && cell.undefined == 2 && cell.trials == 4)
        #expect(cell.mean == 2 && cell.probabilityMet == 1)
        #expect(CellAggregate(moments: CellMoments(), sketch: QuantileSketch()).probabilityMet.isNaN)
        #expect(cell.quantile(0.5) == 1 && cell.quantile(1) == 3)
    }

    /// A runner whose sketches have a national run's small budget, scaled to these 3 cells: a
    /// pilot of 100 trials is all it could keep whole, so a shaping pass of 500 trials sets the
    /// grids first.
    func nationalRegime(trials: Int, workers: Int) -> MonteCarloRunner {
        var runner = MonteCarloRunner(trials: trials, workers: workers, blockSize: 64)
        runner.sketchBudget = SketchBudget(pilotBytes: 3 * 8 * 100, shapingBytes: 3 * 4 * 500, binBytes: 3 * 40 * 64)
        return runner
    }

    @Test func aShapingPassShapesTheSketchesWhenThePilotCannotBeWhole() {
        let budget = nationalRegime(trials: 6_001, workers: 1).sketchBudget
        #expect(budget.pilotTrials(cells: 3, trials: 6_001) == 100)
        #expect(budget.shapingTrials(cells: 3, trials: 6_001) == 500)
        #expect(budget.binsPerCell(cells: 3) == 64)
    }

    /// Cells of few distinct values leave their bins to the others: three cells of one value
    /// (two bins each at most) and one of many share 4 × 64 bins, so the many-valued one may take
    /// 250; with no such cells every cell keeps 64; never more than a slice byte can name.
    @Test func cellsOfFewValuesLeaveTheirBinsToTheOthers() {
        func cap(_ distinct: [Int], _ bins: Int) -> Int { distinct.withUnsafeBufferPointer { ShapingPass.binCap(distinct: $0, bins: bins) } }
        #expect(cap([1, 1, 1, 1_000], 64) == 250)
        #expect(cap([1_000, 1_000, 1_000, 1_000], 64) == 64)
        #expect(cap([1, 1_000], 200) == 256)
        #expect(cap([100, 1_000], 64) == 64)
    }

    /// The shaping trials are simulated twice but counted once; the result is bit for bit the
    /// same for any worker count, and the quantiles stay within half a percentile point of the
    /// exact ones (the trial number, cell 2, has them exactly known: rank ⌈p·n⌉ − 1).
    @Test func aShapedRunCountsEveryTrialOnceAndIsTheSameForAnyWorkerCount() {
        let simulated = CountingSimulator.Counter()
        let counted = nationalRegime(trials: 6_001, workers: 2)
            .run(thresholds: thresholds, makeSimulator: { CountingSimulator(counter: simulated) })!
        #expect(simulated.trials.load(ordering: .relaxed) == 6_001 + 500)
        #expect(counted[0].count == 6_001 && counted[0].sum == Double(6_000 * 6_001 / 2))
        for p in [0.05, 0.25, 0.5, 0.75, 0.95] {
            let exact = (p * 6_001).rounded(.up) - 1
            #expect(abs(counted[0].quantile(p) - exact) <= 0.005 * 6_001, "P\(Int(p * 100))")
        }
        let one = nationalRegime(trials: 6_001, workers: 1).run(thresholds: thresholds, makeSimulator: { KnownSimulator(seed: 5) })!
        #expect(one[0].sketch.isBounded)
        for workers in [2, 3] {
            let other = nationalRegime(trials: 6_001, workers: workers).run(thresholds: thresholds, makeSimulator: { KnownSimulator(seed: 5) })!
            for cell in one.indices {
                #expect(one[cell].sum.bitPattern == other[cell].sum.bitPattern)
                #expect(one[cell].sketch.bucketCount == other[cell].sketch.bucketCount)
                for p in (0...200).map({ Double($0) / 200 }) { #expect(one[cell].quantile(p) == other[cell].quantile(p)) }
            }
        }
    }
}
