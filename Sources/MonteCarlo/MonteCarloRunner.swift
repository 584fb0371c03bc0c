import Dispatch
import Synchronization

/// Runs trials in parallel over fixed-size blocks and aggregates every output cell as it goes.
///
/// The split into blocks depends only on the number of trials. Each worker folds its blocks'
/// values into its own quantile sketches (integer counts and exact extremes, so the order does
/// not matter) and hands each block's sums to a shared merge that adds them strictly by block
/// index. Together with simulators whose output depends only on the trial number, this makes
/// the aggregates byte-identical for any worker count; the lock is held only for those sums.
/// Memory stays flat as trials grow: a few blocks' sums wait for merging at a time.
public struct MonteCarloRunner: Sendable {
    public let trials: Int
    public let workers: Int
    public let blockSize: Int

    /// A runner of `trials` trials in blocks of `blockSize` on `workers` threads.
    public init(trials: Int, workers: Int, blockSize: Int = 200) {
        precondition(trials >= 1 && workers >= 1 && blockSize >= 1)
        self.trials = trials
        self.workers = workers
        self.blockSize = blockSize
    }

    /// Number of blocks the trials are split into.
    public var blockCount: Int { (trials + blockSize - 1) / blockSize }

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
        let blockCount = self.blockCount
        let trials = self.trials
        let blockSize = self.blockSize
        let workerCount = min(workers, blockCount)

        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            var simulator = makeSimulator()
            var sketches = Array(repeating: QuantileSketch(), count: cellCount)
            let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount * blockSize)
            let row = UnsafeMutableBufferPointer<Double>.allocate(capacity: cellCount)
            let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: blockSize)
            defer { values.deallocate(); row.deallocate(); scratch.deallocate() }

            while true {
                if isCancelled?() == true { state.withLock { $0.cancelled = true } }
                guard let block = state.withLock({ $0.takeBlock(below: blockCount) }) else { break }
                let first = block * blockSize
                let size = min(blockSize, trials - first)
                for offset in 0..<size {
                    simulator.simulate(trial: first + offset, into: row)
                    // Stored cell-major so each cell's block is contiguous for summarising.
                    for cell in 0..<cellCount { values[cell * blockSize + offset] = row[cell] }
                }
                var moments = [CellMoments]()
                moments.reserveCapacity(cellCount)
                for cell in 0..<cellCount {
                    let start = cell * blockSize
                    let summary = CellAggregate(block: UnsafeBufferPointer(rebasing: values[start..<start + size]),
                                                threshold: thresholds[cell], scratch: scratch)
                    moments.append(summary.moments)
                    sketches[cell].merge(summary.sketch)
                }
                let done = state.withLock { $0.deliver(moments, for: block) }
                if let done { progress?(min(done * blockSize, trials), trials) }
            }
            state.withLock { $0.addSketches(sketches) }
        }
        return state.withLock { $0.cancelled ? nil : $0.aggregates }
    }
}

/// The runner's shared bookkeeping, guarded by one lock.
private struct MergeState: ~Copyable {
    var moments: [CellMoments]
    var sketches: [QuantileSketch]
    var nextBlock = 0
    var nextToMerge = 0
    var waiting: [Int: [CellMoments]] = [:]
    var cancelled = false

    init(cells: Int) {
        moments = Array(repeating: CellMoments(), count: cells)
        sketches = Array(repeating: QuantileSketch(), count: cells)
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

    /// Adds one worker's sketches; the result does not depend on the order workers finish.
    mutating func addSketches(_ worker: [QuantileSketch]) {
        for cell in sketches.indices { sketches[cell].merge(worker[cell]) }
    }

    var aggregates: [CellAggregate] {
        zip(moments, sketches).map { CellAggregate(moments: $0, sketch: $1) }
    }
}
