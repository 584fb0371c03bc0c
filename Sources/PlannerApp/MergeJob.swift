import CSVText
import ChildHealth
import Foundation
import MonteCarlo
import Reporting
import ResultFormat

/// `bhvplan merge PART… --out DIR`: checks that the parts are the shards of one run (same kind,
/// planner version, scenario files, seed and trials; every shard exactly once) and writes the
/// result set that `run` (or `compare`) of the whole writes, byte for byte. Every refusal exits
/// with status 2 and names the files.
public enum MergeJob {
    /// Merges the parts at `paths` into the result set in `out`, printing `output` (a comparison
    /// takes `table` or `xlsx`).
    public static func perform(parts paths: [String], out: String, output: RunJob.Output, language: ReportLanguage = .en,
                               csvDialect: CSVDialect = .tidy) throws(CommandFailure) {
        let parts = try paths.map { path throws(CommandFailure) in (path: path, file: try ShardFile.read(path: path)) }
        guard let first = parts.first else { throw CommandFailure("bhvplan: merge needs the parts to merge", status: 64) }
        try checkSameRun(parts)
        try checkEveryShardOnce(parts)
        let header = first.file.header
        if header.kind == .compare, output == .csv || output == .json {
            throw CommandFailure("bhvplan: --format \(output.rawValue) prints a run's rows; these are parts of a comparison (allowed: table, xlsx)", status: 64)
        }
        let base = try ScenarioRequest(path: header.scenarios[0], trials: header.trials, seed: header.seed, workers: 1).load()
        let others = try header.scenarios.dropFirst().map { path throws(CommandFailure) in try ScenarioRequest(path: path, workers: 1).load() }
        let hash = try ScenarioHash.of(paths: header.scenarios, scenarios: [base] + others)
        guard hash == header.scenarioHash else {
            throw CommandFailure("bhvplan: \(header.scenarios.joined(separator: ", ")) changed since the shards ran (hash now \(hash), the parts say \(header.scenarioHash)): run the shards again", status: 2)
        }
        let folder = URL(fileURLWithPath: out)
        try CommandFailure.writing { try ResultSetWriter.prepare(folder) }
        let aggregates = parts.map(\.file.aggregate)
        func refusal(_ problem: ShardMergeProblem) -> CommandFailure {
            CommandFailure("bhvplan: \(paths.joined(separator: ", ")): \(problem)", status: 2)
        }
        switch header.kind {
        case .run:
            let result: RunResult
            do { result = try ShardedRun.merge(base, parts: aggregates) } catch { throw refusal(error) }
            try RunJob.finish(result, folder: folder, output: output, language: language, csvDialect: csvDialect)
        case .compare:
            let comparison: ScenarioComparison
            do { comparison = try Comparison.merge(base: base, others: Array(others), parts: aggregates) } catch { throw refusal(error) }
            try CompareJob.finish(comparison, folder: folder, format: output == .xlsx ? .xlsx : .table,
                                  language: language, csvDialect: csvDialect)
        }
    }

    /// Every part against the first: the same kind, planner, scenario files, seed, trials and shards.
    private static func checkSameRun(_ parts: [(path: String, file: ShardFile)]) throws(CommandFailure) {
        let (firstPath, first) = (parts[0].path, parts[0].file.header)
        for (path, file) in parts.dropFirst() {
            let header = file.header
            let problem: String? =
                if header.kind != first.kind {
                    "\(path) is a part of a \(header.kind.rawValue), \(firstPath) of a \(first.kind.rawValue)"
                } else if header.bhvplanVersion != first.bhvplanVersion {
                    "\(path) was written by bhvplan \(header.bhvplanVersion), \(firstPath) by \(first.bhvplanVersion)"
                } else if header.scenarioHash != first.scenarioHash || header.scenarios != first.scenarios {
                    "\(path) is a part of another scenario than \(firstPath) (\(header.scenarios.joined(separator: ", ")) with hash \(header.scenarioHash), not \(first.scenarios.joined(separator: ", ")) with hash \(first.scenarioHash))"
                } else if header.seed != first.seed || header.trials != first.trials {
                    "\(path) ran seed \(header.seed) with \(header.trials) trials, \(firstPath) seed \(first.seed) with \(first.trials) trials"
                } else if header.shards != first.shards {
                    "\(path) is shard \(header.shardText), \(firstPath) shard \(first.shardText): parts of runs split differently"
                } else {
                    nil
                }
            if let problem { throw CommandFailure("bhvplan: \(problem): merge the parts of one run", status: 2) }
        }
    }

    /// Each shard of the run exactly once, holding the blocks its number deals it.
    private static func checkEveryShardOnce(_ parts: [(path: String, file: ShardFile)]) throws(CommandFailure) {
        var given: [Int: String] = [:]
        let shards = parts[0].file.header.shards
        for (path, file) in parts {
            let header = file.header
            let dealt = BlockShare(index: header.shard, count: header.shards).map { $0.blocks(of: header.blockCount) }
            guard let dealt, dealt == header.firstBlock..<header.endBlock, dealt == file.aggregate.blocks,
                  header.blockCount == file.aggregate.blockCount
            else { throw CommandFailure("bhvplan: \(path): corrupt: its header and its blocks disagree; run the shard again", status: 2) }
            if let earlier = given[header.shard] {
                throw CommandFailure("bhvplan: shard \(header.shardText) is given twice: \(earlier) and \(path)", status: 2)
            }
            given[header.shard] = path
        }
        let missing = (0..<shards).filter { given[$0] == nil }.map { "\($0 + 1)/\(shards)" }
        if !missing.isEmpty {
            let noun = missing.count == 1 ? "shard" : "shards"
            throw CommandFailure("bhvplan: missing \(noun) \(missing.joined(separator: ", ")): merge needs every shard of the run", status: 2)
        }
    }
}
