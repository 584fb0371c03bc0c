import MonteCarlo

/// `--shard i/N`: run shard `i` of `N`, counted from 1 (`1/4` … `4/4`).
public struct ShardRequest: Sendable, Equatable {
    let share: BlockShare

    /// The shard `text` names, or what is wrong with it (exit status 64, as other option slips).
    public static func parse(_ text: String) -> Result<ShardRequest, CommandFailure> {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, let number = Int(pieces[0]), let count = Int(pieces[1]), count <= 100_000,
              let share = BlockShare(index: number - 1, count: count)
        else {
            return .failure(CommandFailure("--shard must be i/N with 1 ≤ i ≤ N ≤ 100000, e.g. 1/4 for the first of 4 (got '\(text)')", status: 64))
        }
        return .success(ShardRequest(share: share))
    }
}
