import Dispatch
import Synchronization

/// Runs trials in parallel over fixed-size blocks and aggregates every output cell as it goes.
///
/// The split into blocks depends only on the number of trials. Each worker sums its block's
/// values per cell in trial order and hands the block's sums to a shared merge that adds them
/// strictly by block index; it folds the values into the cells' shared quantile sketches, whose
/// content does not depend on the order values arrive in (see ``QuantileSketch``). Together with
/// simulators whose output depends only on the trial number, this makes the aggregates
/// byte-identical for any worker count.
///
/// Memory is bounded in the trials: the pilot's values until the sketches are made from them
/// (or, for runs with too many cells to keep a whole pilot, a ``ShapingPass`` over the first
/// trials first), one sketch of bounded size per cell, a block's sums per worker and a few
/// waiting for their turn, and per worker a buffer of recent trials' values whose depth shrinks
/// as the cells grow (``SketchFeed``). The budgets are ``SketchBudget``'s.
public struct MonteCarloRunner: Sendable {
    public let trials: Int
    public let workers: Int
    public let blockSize: Int
    /// Memory the quantile sketches may take (tests shrink it to reach a national run's regime).
    var sketchBudget = SketchBudget()

    /// A runner of `trials` trials in blocks of `blockSize` on `workers` threads.
    public init(trials: Int, workers: Int, blockSize: Int = 200) {
        precondition(trials >= 1 && workers >= 1 && blockSize >= 1)
        self.trials = trials
        self.workers = workers
        self.blockSize = blockSize
    }

    /// Number of blocks the trials are split into.
    public var blockCount: Int { (trials + blockSize - 1) / blockSize }

    /// Threads that actually run: no more than there are blocks.
    public var activeWorkers: Int { min(workers, blockCount) }

    /// Bytes the aggregation of `cells` cells takes at its peak: the pilot's values (twice over
    /// when they are the whole run, as the exact sketches are made from them) or the shaping
    /// pass's, the bounded sketches with every grid bin in use and some tail buckets, and per
    /// worker its buffer of recent trials and a block's sums.
    public func aggregationBytes(cells: Int) -> Double {
        let budget = sketchBudget
        let pilot = Double(cells * budget.pilotTrials(cells: cells, trials: trials) * MemoryLayout<Double>.stride)
        let shaping = Double(cells * budget.shapingTrials(cells: cells, trials: trials) * MemoryLayout<Float>.stride)
        let bucketBytes = budget.binsPerCell(cells: cells) * SketchBudget.bytesPerBin
            + 16 * MemoryLayout<SketchBucket>.stride + 2 * MemoryLayout<QuantileSketch>.stride
        let sketches = Double(cells * bucketBytes)
        let stage: Double
        if shaping > 0 {
            stage = max(shaping, sketches)
        } else if budget.pilotTrials(cells: cells, trials: trials) < trials {
            stage = pilot + sketches
        } else {
            stage = 2 * pilot
        }
        let depth = SketchFeed.depth(cells: cells, blockSize: blockSize)
        let perWorker = cells * (depth * MemoryLayout<Double>.stride + 2 * MemoryLayout<CellMoments>.stride)
        return stage + Double(activeWorkers * perWorker)
    }

    /// Runs every trial and returns one aggregate per cell.
    ///
    /// - Parameters:
    ///   - thresholds: one entry per output cell, the target counted in `probabilityMet`.
    ///   - makeSimulator: called once on each worker thread.
    ///   - progress: called after each merged block with (trials done, trials in all).
    ///   - isCancelled: polled between blocks; when it returns true the run stops early and
    ///     returns nil.
    public func run<Simulator: TrialSimulator>(
        thresholds: [Threshold?],
        makeSimulator: @Sendable () -> Simulator,
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> [CellAggregate]? {
        let cellCount = thresholds.count
        let state = Mutex(MergeState(cells: cellCount))
        let budget = sketchBudget
        let shapingTrials = budget.shapingTrials(cells: cellCount, trials: trials)
        let sketches: SharedSketches
        if shapingTrials > 0 {
            guard let shaped = ShapingPass.sketches(
                cells: cellCount, trials: shapingTrials, bins: budget.binsPerCell(cells: cellCount),
                workers: workers, makeSimulator: makeSimulator, isCancelled: isCancelled)
            else { return nil }
            sketches = SharedSketches(shaped: shaped, trials: trials)
        } else {
            sketches = SharedSketches(cells: cellCount, trials: trials, budget: budget, threads: activeWorkers)
        }
        let blockCount = self.blockCount
        let trials = self.trials
        let blockSize = self.blockSize
        let depth = SketchFeed.depth(cells: cellCount, blockSize: blockSize)

        DispatchQueue.concurrentPerform(iterations: activeWorkers) { _ in
            var simulator = makeSimulator()
            let feed = SketchFeed(cells: cellCount, depth: depth, thresholds: thresholds)
            let row = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount)
            defer { row.deallocate() }

            while true {
                if isCancelled?() == true {
                    state.withLock { $0.cancelled = true }
                    sketches.cancel()
                }
                guard let block = state.withLock({ $0.takeBlock(below: blockCount) }) else { break }
                let first = block * blockSize
                let size = min(blockSize, trials - first)
                feed.startBlock(firstTrial: first)
                for offset in 0..<size {
                    simulator.simulate(trial: first + offset, into: row)
                    feed.append(row, into: sketches)
                }
                feed.flush(into: sketches)
                let moments = feed.blockMoments
                let done = state.withLock { $0.deliver(moments, for: block) }
                if let done { progress?(min(done * blockSize, trials), trials) }
            }
        }
        return state.withLock { merged -> [CellAggregate]? in
            guard !merged.cancelled else { return nil }
            return zip(merged.moments, sketches.all).map { CellAggregate(moments: $0, sketch: $1) }
        }
    }
}

/// The runner's shared bookkeeping of blocks and their sums, guarded by one lock.
private struct MergeState: ~Copyable {
    var moments: [CellMoments]
    var nextBlock = 0
    var nextToMerge = 0
    var waiting: [Int: [CellMoments]] = [:]
    var cancelled = false

    init(cells: Int) {
        moments = Array(repeating: CellMoments(), count: cells)
    }

    mutating func takeBlock(below count: Int) -> Int? {
        guard !cancelled, nextBlock < count else { return nil }
        defer { nextBlock += 1 }
        return nextBlock
    }

    /// Stores a block's sums and merges every block that is now next in order. Returns the
    /// number of blocks merged so far when this call merged any.
    mutating func deliver(_ block: [CellMoments], for index: Int) -> Int? {
        waiting[index] = block
        var merged = false
        while let next = waiting.removeValue(forKey: nextToMerge) {
            for cell in moments.indices { moments[cell].merge(next[cell]) }
            nextToMerge += 1
            merged = true
        }
        return merged ? nextToMerge : nil
    }
}
