/// One worker's path from trial rows to the cell aggregates. Rows are kept cell-major for the
/// last few trials; then, cell by cell, their values are summed in trial order into the block's
/// moments and added to the shared sketches, a stripe of cells per lock. Everything is allocated
/// once per worker.
final class SketchFeed {
    /// Bytes of recent trials' values a worker holds at most (less when a block fits).
    static let bufferBudget = 16 << 20

    private let cells: Int
    private let depth: Int
    private let thresholds: [Threshold?]
    /// The last trials' values, `depth` slots per cell.
    private let values: UnsafeMutableBufferPointer<Double>
    private var filled = 0
    /// The trial whose values are in the buffer's first slot.
    private var firstTrial = 0
    /// Whether this worker has seen the bounded sketches made.
    private var sketchesAreMade = false
    /// The current block's sums, one per cell, in trial order.
    private let moments: UnsafeMutableBufferPointer<CellMoments>

    /// Trials a worker buffers: a whole block when the cells are few, fewer for a national run,
    /// so that the buffer stays within ``bufferBudget``.
    static func depth(cells: Int, blockSize: Int) -> Int {
        min(blockSize, max(16, bufferBudget / max(1, cells * MemoryLayout<Double>.stride)))
    }

    /// A feed for `cells` cells with these targets, buffering `depth` trials.
    init(cells: Int, depth: Int, thresholds: [Threshold?]) {
        self.cells = cells
        self.depth = depth
        self.thresholds = thresholds
        values = .allocate(capacity: cells * depth)
        moments = .allocate(capacity: cells)
        moments.initialize(repeating: CellMoments())
    }

    deinit {
        values.deallocate()
        moments.deallocate()
    }

    /// Simulates the block of `size` trials from trial `first` with `simulator` (each trial's
    /// values written to `row`), feeding them to `sketches`; returns the block's sums, one per
    /// cell, in trial order.
    func simulateBlock<Simulator: TrialSimulator>(first: Int, size: Int, with simulator: inout Simulator,
                                                  row: UnsafeMutableBufferPointer<Double>,
                                                  into sketches: SharedSketches) -> [CellMoments] {
        startBlock(firstTrial: first)
        for offset in 0..<size {
            simulator.simulate(trial: first + offset, into: row)
            append(row, into: sketches)
        }
        flush(into: sketches)
        return Array(moments)
    }

    /// Starts a block whose first trial is `first`: its sums begin at zero.
    private func startBlock(firstTrial first: Int) {
        moments.update(repeating: CellMoments())
        filled = 0
        firstTrial = first
    }

    /// Takes one trial's row of cell values; folds the buffer when it is full.
    private func append(_ row: UnsafeMutableBufferPointer<Double>, into sketches: SharedSketches) {
        var slot = filled
        for cell in 0..<cells {
            values[slot] = row[cell]
            slot &+= depth
        }
        filled &+= 1
        if filled == depth { flush(into: sketches) }
    }

    /// Folds the buffered trials into the block's sums and the shared sketches: pilot trials
    /// are stored as they are, later ones wait for the sketches the pilot shapes.
    private func flush(into sketches: SharedSketches) {
        guard filled > 0 else { return }
        let pilotTrials = max(0, min(filled, sketches.pilotTrials - firstTrial))
        for cell in 0..<cells {
            moments[cell].add(column(cell), threshold: thresholds[cell])
            if pilotTrials > 0 { sketches.storePilot(cell: cell, first: firstTrial, values: column(cell)[..<pilotTrials]) }
        }
        sketches.pilotTrialsStored(pilotTrials)
        if pilotTrials < filled {
            if !sketchesAreMade { sketchesAreMade = sketches.waitForSketches() }
            if sketchesAreMade { fold(skipping: pilotTrials, into: sketches) }
        }
        firstTrial &+= filled
        filled = 0
    }

    /// Adds the buffered values after the first `skipped` trials to the sketches, a stripe of
    /// cells per lock. Consecutive folds start far apart in the stripes, so two workers folding
    /// neighbouring blocks at the same time seldom queue for the same lock.
    private func fold(skipping skipped: Int, into sketches: SharedSketches) {
        let stripes = sketches.stripeCount
        let start = (firstTrial / max(1, depth) &* 17) % max(1, stripes)
        for step in 0..<stripes {
            let stripe = (start + step) % stripes
            let firstCell = stripe * SharedSketches.stripeSize
            let stripeCells = min(SharedSketches.stripeSize, cells - firstCell)
            sketches.withStripe(stripe) { stripeSketches in
                for local in 0..<stripeCells {
                    stripeSketches[local].add(UnsafeBufferPointer(rebasing: column(firstCell + local)[skipped...]))
                }
            }
        }
    }

    /// The buffered values of `cell`, in trial order.
    private func column(_ cell: Int) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(rebasing: values[(cell * depth)..<(cell * depth + filled)])
    }
}
