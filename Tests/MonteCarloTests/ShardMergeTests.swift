import Foundation
import Testing
@testable import MonteCarlo

/// Cells that exercise every part of a sketch: KnownSimulator's three, one undefined in every
/// third trial, and one whose late trials fall far outside any pilot's range on both sides (the
/// tail buckets, at coarser levels in some shards than in others).
struct ShardSimulator: TrialSimulator {
    var known: KnownSimulator

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        known.simulate(trial: trial, into: UnsafeMutableBufferPointer(rebasing: cells[0..<3]))
        let uniform = cells[1]
        cells[3] = trial % 3 == 0 ? .nan : uniform * 10
        let far = Double(trial) * (1 + uniform) * 1e3
        cells[4] = trial < 700 ? uniform : (trial % 2 == 0 ? far : -far)
    }
}

@Suite struct ShardMergeTests {
    let thresholds: [Threshold?] = [.atMost(22), .atLeast(0.9), nil, .atLeast(5), nil]

    /// The three ways a run keeps its sketches: every value (700 trials), a pilot that shapes
    /// the grids (3,000 trials: pilot 2,000), and a shaping pass (the national regime).
    enum Regime: String, CaseIterable { case exact, pilot, shaping }

    func runner(_ regime: Regime, workers: Int) -> MonteCarloRunner {
        var runner = MonteCarloRunner(trials: regime == .exact ? 700 : 3_000, workers: workers, blockSize: 64)
        if regime == .shaping {
            runner.sketchBudget = SketchBudget(pilotBytes: 5 * 8 * 100, shapingBytes: 5 * 4 * 500, binBytes: 5 * 40 * 64)
        }
        return runner
    }

    func parts(_ regime: Regime, shards: Int, workers: Int = 2) -> [PartialAggregate] {
        let runner = runner(regime, workers: workers)
        return (0..<shards).map { index in
            runner.runBlocks(BlockShare(index: index, count: shards)!.blocks(of: runner.blockCount), thresholds: thresholds,
                             makeSimulator: { ShardSimulator(known: KnownSimulator(seed: 9)) })!
        }
    }

    /// Everything a result file could print of the aggregates, bit for bit.
    func fingerprint(_ aggregates: [CellAggregate]) -> [[UInt64]] {
        aggregates.map { cell in
            [UInt64(cell.count), UInt64(cell.undefined), UInt64(cell.met), cell.sum.bitPattern, cell.sumOfSquares.bitPattern,
             cell.meanStandardError.bitPattern, cell.probabilityMetStandardError.bitPattern, UInt64(cell.sketch.bucketCount),
             cell.sketch.isBounded ? 1 : 0]
                + (0...400).map { cell.quantile(Double($0) / 400).bitPattern }
        }
    }

    @Test(arguments: Regime.allCases)
    func mergedShardsEqualTheSingleRunBitForBit(regime: Regime) throws {
        let single = runner(regime, workers: 2).run(thresholds: thresholds, makeSimulator: { ShardSimulator(known: KnownSimulator(seed: 9)) })!
        #expect(single[4].sketch.isBounded == (regime != .exact))
        var random = SystemRandomNumberGenerator()
        for shards in [1, 2, 3, 7] {
            // Through the file body and back, in a shuffled order.
            let decoded = try parts(regime, shards: shards, workers: shards % 2 + 1).shuffled(using: &random).map { part in
                try part.encoded().withUnsafeBytes { try PartialAggregate(decoding: $0) }
            }
            #expect(fingerprint(try PartialAggregate.merge(decoded)) == fingerprint(single), "\(shards) shards")
        }
    }

    @Test func sharesAreContiguousBalancedAndCoverEveryBlockOnce() {
        let ranges = (0..<7).map { BlockShare(index: $0, count: 7)!.blocks(of: 47) }
        #expect(ranges.map(\.count).allSatisfy { $0 == 6 || $0 == 7 })
        #expect(ranges.flatMap { Array($0) } == Array(0..<47))
        #expect(BlockShare(index: 2, count: 4)!.blocks(of: 2).isEmpty)
        #expect(BlockShare(index: 4, count: 4) == nil && BlockShare(index: -1, count: 4) == nil)
    }

    @Test func partsThatMissOrRepeatABlockAreRefused() {
        let three = parts(.exact, shards: 3)
        #expect(throws: PartialMergeProblem.blocksNotCovered) { try PartialAggregate.merge([three[0], three[2]]) }
        #expect(throws: PartialMergeProblem.blocksNotCovered) { try PartialAggregate.merge(three + [three[1]]) }
        #expect(throws: PartialMergeProblem.noParts) { try PartialAggregate.merge([]) }
    }

    @Test func aTruncatedBodyIsRefusedWithWhereItEnds() {
        let bytes = parts(.pilot, shards: 2)[1].encoded()
        #expect(throws: PartialAggregateFormatError.self) {
            try Array(bytes.dropLast(9)).withUnsafeBytes { try PartialAggregate(decoding: $0) }
        }
        let error = try? #require(throws: PartialAggregateFormatError.self) {
            try Array(bytes.prefix(30)).withUnsafeBytes { try PartialAggregate(decoding: $0) }
        }
        #expect(error?.description == "ends early (byte 24 of the aggregate)")
    }
}
