/// The header of a partial aggregate file: what was run, which share of it, by which planner.
/// `merge` checks that its parts agree on everything but the shard before it combines them.
struct ShardHeader: Codable, Equatable, Sendable {
    /// `run` (one scenario) or `compare` (a base and the others, on common random numbers).
    enum Kind: String, Codable, Sendable { case run, compare }

    var kind: Kind
    var bhvplanVersion: String
    /// The scenario files as absolute paths, the base first; `merge` loads them from there.
    var scenarios: [String]
    /// ``ScenarioHash`` of those files when the shard ran.
    var scenarioHash: String
    var seed: UInt64
    var trials: Int
    /// This shard (from 0) of `shards`.
    var shard: Int
    var shards: Int
    var blockSize: Int
    var blockCount: Int
    /// The blocks this part holds, `firstBlock ..< endBlock`.
    var firstBlock: Int
    var endBlock: Int
    var cells: Int

    /// `i/N` as given on the command line.
    var shardText: String { "\(shard + 1)/\(shards)" }
}
