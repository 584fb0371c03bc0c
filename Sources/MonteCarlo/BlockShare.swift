/// Which of a run's trial blocks shard `index` of `count` runs (`--shard i/N`): a contiguous
/// range, the shards' ranges differing by at most one block, together every block exactly once.
/// Contiguous ranges keep a partial aggregate's header short (one block range) and let each
/// shard's blocks be added in block order when the parts are merged.
public struct BlockShare: Sendable, Equatable {
    /// The shard, from 0.
    public let index: Int
    /// Shards in all.
    public let count: Int

    /// Shard `index` of `count`; nil unless 0 ≤ index < count.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    /// The blocks of a run of `blockCount` blocks this shard runs (empty when there are fewer
    /// blocks than shards and this one gets none).
    public func blocks(of blockCount: Int) -> Range<Int> {
        (index * blockCount / count)..<((index + 1) * blockCount / count)
    }
}
