import ChildHealth
import Foundation
import MonteCarlo

/// `run --shard i/N --out PART` and `compare --shard i/N --out PART`: runs one shard's share of
/// the trial blocks and writes its partial aggregate (``ShardFile``) for `merge`.
public enum ShardJob {
    /// Runs shard `shard` of the scenario of `request` and writes the part to `out`.
    public static func run(_ request: ScenarioRequest, shard: ShardRequest, out: String, quiet: Bool = false) throws(CommandFailure) {
        let scenario = try request.load()
        let paths = [absolute(request.path)]
        let hash = try ScenarioHash.of(paths: paths, scenarios: [scenario])
        let part = try running(scenario.name, shard: shard, quiet: quiet) { progress in
            ShardedRun.run(scenario, share: shard.share, workers: request.workers, progress: progress, isCancelled: RunSession.isCancelled)
        }
        try write(part, kind: .run, scenarios: paths, hash: hash, seed: scenario.seed, trials: scenario.trials, shard: shard, to: out)
    }

    /// Runs shard `shard` of the comparison of `base` (which carries the overrides) with `others`
    /// and writes the part to `out`.
    public static func compare(base: ScenarioRequest, others: [String], shard: ShardRequest, out: String,
                               quiet: Bool = false) throws(CommandFailure) {
        let baseScenario = try base.load()
        let otherScenarios = try others.map { path throws(CommandFailure) in try ScenarioRequest(path: path, workers: base.workers).load() }
        let paths = ([base.path] + others).map(absolute)
        let hash = try ScenarioHash.of(paths: paths, scenarios: [baseScenario] + otherScenarios)
        var mismatch: ComparisonMismatch?
        let part = try running("compare", shard: shard, quiet: quiet) { progress in
            do throws(ComparisonMismatch) {
                return try Comparison.runShard(base: baseScenario, others: otherScenarios, share: shard.share, workers: base.workers,
                                               progress: progress, isCancelled: RunSession.isCancelled)
            } catch {
                mismatch = error
                return nil
            }
        }
        if let mismatch { throw CommandFailure(mismatch.description, status: 2) }
        try write(part, kind: .compare, scenarios: paths, hash: hash, seed: baseScenario.seed, trials: baseScenario.trials,
                  shard: shard, to: out)
    }

    /// Runs `body` with a progress line; nil from it is an interruption.
    private static func running(_ label: String, shard: ShardRequest, quiet: Bool,
                                _ body: (@escaping @Sendable (Int, Int) -> Void) -> PartialAggregate?) throws(CommandFailure) -> PartialAggregate {
        try RunSession.stopIfInterrupted()
        let line = ProgressLine.unlessQuiet(quiet, label: "\(label) shard \(shard.share.index + 1)/\(shard.share.count)")
        let part = body { done, total in line?.update(done: done, of: total) }
        line?.finish()
        guard let part else { throw RunSession.interrupted("during shard \(shard.share.index + 1)/\(shard.share.count)") }
        return part
    }

    private static func write(_ part: PartialAggregate, kind: ShardHeader.Kind, scenarios: [String], hash: String, seed: UInt64,
                              trials: Int, shard: ShardRequest, to out: String) throws(CommandFailure) {
        let header = ShardHeader(
            kind: kind, bhvplanVersion: PlannerVersion.current, scenarios: scenarios, scenarioHash: hash, seed: seed, trials: trials,
            shard: shard.share.index, shards: shard.share.count, blockSize: part.blockSize, blockCount: part.blockCount,
            firstBlock: part.blocks.lowerBound, endBlock: part.blocks.upperBound, cells: part.cells)
        let url = URL(fileURLWithPath: out)
        try CommandFailure.writing { try ShardFile(header: header, aggregate: part).write(to: url) }
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        print("shard \(header.shardText): blocks \(header.firstBlock)..<\(header.endBlock) of \(header.blockCount) → \(out) (\(size) bytes)")
    }

    /// `path` from the root, so that `merge` finds the scenario from any folder.
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
