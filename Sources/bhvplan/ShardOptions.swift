import ArgumentParser
import PlannerApp

/// `--shard i/N` of `run` and `compare`: run one share of the trial blocks and write a part for `merge`.
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run only shard i (from 1) of N of the trial blocks and write the partial aggregate to --out PART; combine the parts with bhvplan merge.",
                               valueName: "i/N"))
    var shard: String?

    /// A shard writes its part to `--out` and prints one line: refuses a missing `--out` and a
    /// `--format` other than the default.
    func check(out: String?, format isDefault: Bool) throws {
        guard let shard else { return }
        if case .failure(let problem) = ShardRequest.parse(shard) { throw ValidationError(problem.message) }
        if out == nil { throw ValidationError("--shard writes a partial aggregate: give --out PART (a file) as well") }
        if !isDefault { throw ValidationError("--shard writes a partial aggregate, not results: give --format to bhvplan merge") }
    }

    /// The shard asked for, nil without `--shard`.
    func request() throws(CommandFailure) -> ShardRequest? {
        try shard.map { text throws(CommandFailure) in try ShardRequest.parse(text).get() }
    }
}
