import Dispatch
import Synchronization

extension MonteCarloRunner {
    /// Runs only the trial blocks `blocks` of this run (a shard, see ``BlockShare``) and returns
    /// what they contribute: their block sums and their values' sketches. Merging the parts of
    /// all blocks (``PartialAggregate/merge(_:)``) gives exactly what ``run(thresholds:makeSimulator:progress:isCancelled:)``
    /// gives. To that end each shard shapes the sketches' grids as the whole run does: from the
    /// run's pilot (its first trials, simulated by every shard; the shard's own pilot trials are
    /// simulated twice) or by the same ``ShapingPass``; a run short enough to keep every value
    /// keeps the shard's values. Returns nil when `isCancelled` stopped it.
    ///
    /// - Parameter progress: called after each block with (own trials done, own trials in all).
    public func runBlocks<Simulator: TrialSimulator>(
        _ blocks: Range<Int>,
        thresholds: [Threshold?],
        makeSimulator: @Sendable () -> Simulator,
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> PartialAggregate? {
        precondition(blocks.lowerBound >= 0 && blocks.upperBound <= blockCount, "blocks of this run")
        let cells = thresholds.count
        let budget = sketchBudget
        let pilotTrials = budget.pilotTrials(cells: cells, trials: trials)
        let shapingTrials = budget.shapingTrials(cells: cells, trials: trials)
        let bins = budget.binsPerCell(cells: cells)
        let sketches: SharedSketches
        if shapingTrials > 0 {
            guard let shaped = ShapingPass.sketches(cells: cells, trials: shapingTrials, bins: bins, workers: workers,
                                                    makeSimulator: makeSimulator, isCancelled: isCancelled)
            else { return nil }
            sketches = SharedSketches(shaped: shaped, trials: trials)
        } else if pilotTrials < trials {
            let pilot = MonteCarloRunner(trials: pilotTrials, workers: workers, blockSize: blockSize)
            let pilotSketches = SharedSketches(cells: cells, trials: pilotTrials, budget: budget, threads: pilot.activeWorkers)
            guard pilot.simulate(0..<pilot.blockCount, into: pilotSketches, thresholds: thresholds,
                                 makeSimulator: makeSimulator, isCancelled: isCancelled) != nil
            else { return nil }
            let shaped = (0..<cells).map { cell in
                let finite = pilotSketches.pilotColumn(cell).filter(\.isFinite).sorted()
                return finite.withUnsafeBufferPointer { QuantileSketch(shapedBy: $0, bins: bins) }
            }
            sketches = SharedSketches(shaped: shaped, trials: trials)
        } else {
            sketches = SharedSketches(cells: cells, trials: trials, budget: budget, threads: activeWorkers)
        }
        guard let moments = simulate(blocks, into: sketches, thresholds: thresholds, makeSimulator: makeSimulator,
                                     progress: progress, isCancelled: isCancelled)
        else { return nil }
        let partSketches: [QuantileSketch]
        if shapingTrials > 0 || pilotTrials < trials {
            partSketches = sketches.all
        } else {
            let own = min(trials, blocks.lowerBound * blockSize)..<min(trials, blocks.upperBound * blockSize)
            partSketches = (0..<cells).map { QuantileSketch(exactly: UnsafeBufferPointer(rebasing: sketches.pilotColumn($0)[own])) }
        }
        return PartialAggregate(trials: trials, blockSize: blockSize, cells: cells, blocks: blocks,
                                blockMoments: moments, sketches: partSketches)
    }

    /// Simulates the trials of `blocks` on the run's workers, feeding `sketches`; returns the
    /// blocks' sums, block-major, or nil when cancelled.
    private func simulate<Simulator: TrialSimulator>(
        _ blocks: Range<Int>, into sketches: SharedSketches, thresholds: [Threshold?],
        makeSimulator: @Sendable () -> Simulator,
        progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)?
    ) -> [CellMoments]? {
        let cells = thresholds.count
        let (trials, blockSize) = (self.trials, self.blockSize)
        let depth = SketchFeed.depth(cells: cells, blockSize: blockSize)
        let ownTrials = min(trials, blocks.upperBound * blockSize) - min(trials, blocks.lowerBound * blockSize)
        let state = Mutex((next: blocks.lowerBound, done: 0, sums: [Int: [CellMoments]](), cancelled: false))
        if !blocks.isEmpty {
            DispatchQueue.concurrentPerform(iterations: min(workers, blocks.count)) { _ in
                var simulator = makeSimulator()
                let feed = SketchFeed(cells: cells, depth: depth, thresholds: thresholds)
                let row = UnsafeMutableBufferPointer<Double>.allocate(capacity: cells)
                defer { row.deallocate() }
                while true {
                    let cancelled = isCancelled?() == true
                    guard let block = state.withLock({ state -> Int? in
                        if cancelled { state.cancelled = true }
                        guard !state.cancelled, state.next < blocks.upperBound else { return nil }
                        defer { state.next += 1 }
                        return state.next
                    }) else { break }
                    let first = block * blockSize
                    let size = min(blockSize, trials - first)
                    let sums = feed.simulateBlock(first: first, size: size, with: &simulator, row: row, into: sketches)
                    let done = state.withLock { state in
                        state.sums[block] = sums
                        state.done += size
                        return state.done
                    }
                    progress?(done, ownTrials)
                }
            }
        }
        return state.withLock { state -> [CellMoments]? in
            guard !state.cancelled else { return nil }
            return blocks.flatMap { state.sums[$0]! }
        }
    }
}
