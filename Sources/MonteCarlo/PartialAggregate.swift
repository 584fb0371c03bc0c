/// What one shard of a run contributes: the per-block sums of its trial blocks and its cells'
/// quantile sketches. Merging the parts of every block gives exactly the aggregates a run of all
/// trials in one process gives (see ``merge(_:)``), because that run adds block sums strictly in
/// block order and its sketches depend only on the multiset of values and on a grid that every
/// shard shapes the same way (``MonteCarloRunner/runBlocks(_:thresholds:makeSimulator:progress:isCancelled:)``).
public struct PartialAggregate: Sendable {
    /// Trials of the whole run.
    public let trials: Int
    public let blockSize: Int
    public let cells: Int
    /// The blocks this part holds.
    public let blocks: Range<Int>
    /// Each block's sums, block-major: block `blocks.lowerBound + b`, cell `c` at `b × cells + c`.
    let blockMoments: [CellMoments]
    /// Per cell, the sketch of this part's values: exact (its values) while the whole run keeps
    /// every value, else on the grid every shard shapes alike.
    let sketches: [QuantileSketch]

    init(trials: Int, blockSize: Int, cells: Int, blocks: Range<Int>, blockMoments: [CellMoments], sketches: [QuantileSketch]) {
        precondition(blockMoments.count == blocks.count * cells && sketches.count == cells)
        self.trials = trials
        self.blockSize = blockSize
        self.cells = cells
        self.blocks = blocks
        self.blockMoments = blockMoments
        self.sketches = sketches
    }

    /// Blocks of the whole run.
    public var blockCount: Int { (trials + blockSize - 1) / blockSize }

    /// The aggregates of the whole run from parts that hold every block exactly once (any order):
    /// byte-identical to ``MonteCarloRunner/run(thresholds:makeSimulator:progress:isCancelled:)``.
    /// The caller checks coverage first, to name the missing or repeated parts.
    public static func merge(_ parts: [PartialAggregate]) throws(PartialMergeProblem) -> [CellAggregate] {
        guard let first = parts.first else { throw .noParts }
        for part in parts where part.trials != first.trials || part.blockSize != first.blockSize || part.cells != first.cells {
            throw .differentRuns
        }
        let ordered = parts.sorted { $0.blocks.lowerBound < $1.blocks.lowerBound }
        var next = 0
        for part in ordered where !part.blocks.isEmpty {
            guard part.blocks.lowerBound == next else { throw .blocksNotCovered }
            next = part.blocks.upperBound
        }
        guard next == first.blockCount else { throw .blocksNotCovered }
        let cells = first.cells
        var moments = Array(repeating: CellMoments(), count: cells)
        var spreads = Array(repeating: BatchSpread(), count: cells)
        // As the runner's merge: block after block, in block order.
        for part in ordered {
            for block in 0..<part.blocks.count {
                for cell in 0..<cells {
                    let sums = part.blockMoments[block * cells + cell]
                    moments[cell].merge(sums)
                    spreads[cell].add(block: sums)
                }
            }
        }
        var aggregates: [CellAggregate] = []
        aggregates.reserveCapacity(cells)
        for cell in 0..<cells {
            let sketch = try QuantileSketch(merging: ordered.map { $0.sketches[cell] })
            aggregates.append(CellAggregate(moments: moments[cell], sketch: sketch, spread: spreads[cell]))
        }
        return aggregates
    }
}

/// Why parts of a run cannot be merged (the application names the files before it gets here).
public enum PartialMergeProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case noParts
    case differentRuns
    case blocksNotCovered
    case differentGrids

    public var description: String {
        switch self {
        case .noParts: "no parts to merge"
        case .differentRuns: "the parts are of runs with different trials, blocks or cells"
        case .blocksNotCovered: "the parts do not hold every block exactly once"
        case .differentGrids: "the parts' quantile sketches have different grids (parts of different runs)"
        }
    }
}
