import Testing
@testable import MonteCarlo

/// Batch-means standard errors and runs that grow in stages.
@Suite struct PrecisionTests {
    let thresholds: [Threshold?] = [.atMost(22), .atLeast(0.9), nil]

    /// For independent trials the batch-means error of a probability is the binomial one,
    /// √(p(1−p)/n), and that of a mean is σ/√n, within 10%.
    @Test func standardErrorsMatchIndependentTrials() {
        let cells = MonteCarloRunner(trials: 20_000, workers: 2, blockSize: 20)
            .run(thresholds: thresholds, makeSimulator: { KnownSimulator(seed: 9) })!
        for cell in cells.prefix(2) {
            let p = cell.probabilityMet
            let binomial = (p * (1 - p) / Double(cell.count)).squareRoot()
            #expect(abs(cell.probabilityMetStandardError / binomial - 1) < 0.1, "\(cell.probabilityMetStandardError) vs \(binomial)")
            #expect(abs(cell.meanStandardError / cell.standardError - 1) < 0.1, "\(cell.meanStandardError) vs \(cell.standardError)")
        }
    }

    /// A cell met in every trial, or of one value throughout, has no Monte Carlo error; a run of
    /// one block cannot tell.
    @Test func certainCellsHaveNoErrorAndOneBlockTellsNothing() {
        let constant: [Threshold?] = [.atLeast(0)]
        let cells = MonteCarloRunner(trials: 1_000, workers: 1, blockSize: 64)
            .run(thresholds: constant, makeSimulator: { ConstantSimulator() })!
        #expect(cells[0].probabilityMetStandardError == 0)
        #expect(cells[0].meanStandardError == 0)
        let single = MonteCarloRunner(trials: 50, workers: 1, blockSize: 64)
            .run(thresholds: constant, makeSimulator: { ConstantSimulator() })!
        #expect(single[0].probabilityMetStandardError.isNaN)
    }

    /// A run grown stage by stage gives the bits a run of its final trials gives, for one and two
    /// workers, whether it stops before the pilot (2,000 trials) closes, on it, or after it; and
    /// for a run of so many cells that a shaping pass shapes its sketches (a pilot of 100 trials).
    @Test(arguments: [
        ([400], false), ([2_000, 2_400], false), ([1_200, 2_000, 3_000], false), ([1_800, 4_000], false),
        ([100, 160], true), ([60, 100, 220], true),
    ])
    func stagedRunsEqualFixedRuns(stages: [Int], shaped: Bool) {
        var budget = SketchBudget()
        if shaped { budget.pilotBytes = 3 * 100 * MemoryLayout<Double>.stride }
        let blockSize = shaped ? 20 : 200
        for workers in [1, 2] {
            var runner = MonteCarloRunner(trials: 4_000, workers: workers, blockSize: blockSize)
            runner.sketchBudget = budget
            var asked = stages.dropFirst().makeIterator()
            let (staged, trials) = runner.run(
                thresholds: thresholds, firstStage: stages[0], nextStage: { _, _ in asked.next() },
                makeSimulator: { KnownSimulator(seed: 3) })!
            #expect(trials == stages.last!)
            var fixedRunner = MonteCarloRunner(trials: trials, workers: workers, blockSize: blockSize)
            fixedRunner.sketchBudget = budget
            let fixed = fixedRunner.run(thresholds: thresholds, makeSimulator: { KnownSimulator(seed: 3) })!
            #expect(fixed[0].sketch.isBounded == (trials > (shaped ? 100 : 2_000)))
            for cell in fixed.indices {
                #expect(staged[cell].sum.bitPattern == fixed[cell].sum.bitPattern)
                #expect(staged[cell].met == fixed[cell].met)
                #expect(staged[cell].sketch.isBounded == fixed[cell].sketch.isBounded)
                #expect(staged[cell].sketch.bucketCount == fixed[cell].sketch.bucketCount)
                #expect(staged[cell].probabilityMetStandardError.bitPattern == fixed[cell].probabilityMetStandardError.bitPattern)
                #expect(staged[cell].meanStandardError.bitPattern == fixed[cell].meanStandardError.bitPattern)
                for p in (0...200).map({ Double($0) / 200 }) { #expect(staged[cell].quantile(p) == fixed[cell].quantile(p)) }
            }
        }
    }

    /// Stages are whole blocks, and a run stops at its most trials.
    @Test func stagesAreWholeBlocksUpToTheMost() {
        let runner = MonteCarloRunner(trials: 130, workers: 1, blockSize: 20)
        var seen: [Int] = []
        let (_, trials) = runner.run(thresholds: thresholds, firstStage: 30, nextStage: { _, done in seen.append(done); return done + 1 },
                                     makeSimulator: { KnownSimulator(seed: 3) })!
        #expect(seen == [40, 60, 80, 100, 120])
        #expect(trials == 130)
    }
}

/// Every trial the same value, 7.
struct ConstantSimulator: TrialSimulator {
    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) { cells[0] = 7.1 }
}
