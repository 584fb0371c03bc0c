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
        run(thresholds: thresholds, firstStage: trials, nextStage: { _, _ in nil },
            makeSimulator: makeSimulator, progress: progress, isCancelled: isCancelled)?.aggregates
    }

    /// Runs blocks of trials in stages until `nextStage` asks for no more or ``trials`` (the
    /// most) are done, and returns the aggregates with the trials that were run. The result is
    /// the one a run of that many trials gives: stages end on block boundaries, the pilot is the
    /// one such a run keeps (all values while the run is no longer than it), and sketches do not
    /// depend on the order values arrive in. Runs of so many cells that a shaping pass would
    /// shape their sketches start afresh for each stage instead, as that pass depends on the
    /// trials.
    ///
    /// - Parameters:
    ///   - firstStage: trials of the first stage, rounded up to whole blocks.
    ///   - nextStage: given the aggregates so far (moments and spread; no quantiles yet) and the
    ///     trials done, the trials the run should have in all, or nil to stop there. Rounded up
    ///     to whole blocks.
    public func run<Simulator: TrialSimulator>(
        thresholds: [Threshold?],
        firstStage: Int,
        nextStage: ([CellAggregate], Int) -> Int?,
        makeSimulator: @Sendable () -> Simulator,
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> (aggregates: [CellAggregate], trials: Int)? {
        let cellCount = thresholds.count
        let budget = sketchBudget
        let blockSize = self.blockSize
        func stageEnd(_ wanted: Int) -> Int { min(trials, max(1, (wanted + blockSize - 1) / blockSize * blockSize)) }
        var target = stageEnd(firstStage)
        if budget.shapingTrials(cells: cellCount, trials: trials) > 0, target < trials {
            while true {
                var stage = MonteCarloRunner(trials: target, workers: workers, blockSize: blockSize)
                stage.sketchBudget = budget
                guard let aggregates = stage.run(thresholds: thresholds, makeSimulator: makeSimulator,
                                                 progress: progress, isCancelled: isCancelled)
                else { return nil }
                guard let wanted = nextStage(aggregates, target), target < trials, stageEnd(wanted) > target
                else { return (aggregates, target) }
                target = stageEnd(wanted)
            }
        }
        let state = Mutex(MergeState(cells: cellCount))
        let sketches: SharedSketches
        let shapingTrials = budget.shapingTrials(cells: cellCount, trials: target)
        if shapingTrials > 0 {
            guard let shaped = ShapingPass.sketches(
                cells: cellCount, trials: shapingTrials, bins: budget.binsPerCell(cells: cellCount),
                workers: workers, makeSimulator: makeSimulator, isCancelled: isCancelled)
            else { return nil }
            sketches = SharedSketches(shaped: shaped, trials: target)
        } else {
            sketches = SharedSketches(cells: cellCount, trials: target, budget: budget,
                                      threads: min(workers, (trials + blockSize - 1) / blockSize), mostTrials: trials)
        }
        let depth = SketchFeed.depth(cells: cellCount, blockSize: blockSize)
        var done = 0
        while true {
            sketches.extend(to: target)
            let blockCount = (target + blockSize - 1) / blockSize
            let stageTrials = target
            DispatchQueue.concurrentPerform(iterations: min(workers, blockCount - done / blockSize)) { _ in
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
                    let size = min(blockSize, stageTrials - first)
                    let moments = feed.simulateBlock(first: first, size: size, with: &simulator, row: row, into: sketches)
                    let merged = state.withLock { $0.deliver(moments, for: block) }
                    if let merged { progress?(min(merged * blockSize, stageTrials), stageTrials) }
                }
            }
            done = target
            let sofar = state.withLock { merged -> [CellAggregate]? in
                guard !merged.cancelled else { return nil }
                return zip(merged.moments, merged.spreads).map { CellAggregate(moments: $0, sketch: QuantileSketch(), spread: $1) }
            }
            guard let sofar else { return nil }
            guard done < trials, let wanted = nextStage(sofar, done), stageEnd(wanted) > done else { break }
            target = stageEnd(wanted)
        }
        return state.withLock { merged in
            (zip(zip(merged.moments, merged.spreads), sketches.all).map {
                CellAggregate(moments: $0.0, sketch: $1, spread: $0.1)
            }, done)
        }
    }
}

/// The runner's shared bookkeeping of blocks and their sums, guarded by one lock.
private struct MergeState: ~Copyable {
    var moments: [CellMoments]
    /// Per cell, how its blocks differ (batch means), added in block order like the moments.
    var spreads: [BatchSpread]
    var nextBlock = 0
    var nextToMerge = 0
    var waiting: [Int: [CellMoments]] = [:]
    var cancelled = false

    init(cells: Int) {
        moments = Array(repeating: CellMoments(), count: cells)
        spreads = Array(repeating: BatchSpread(), count: cells)
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
            for cell in moments.indices {
                moments[cell].merge(next[cell])
                spreads[cell].add(block: next[cell])
            }
            nextToMerge += 1
            merged = true
        }
        return merged ? nextToMerge : nil
    }
}
