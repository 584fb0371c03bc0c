import Dispatch
import Synchronization

/// A first, shorter pass over a run's first trials that only shapes the quantile sketches, for
/// runs with so many cells that their pilot cannot be kept in full (a national run: 176,000
/// cells). It keeps the values in single precision rounded down (``Store/lowerBound(_:)``),
/// enough to place the grid's edges at or just below values that occur, for as
/// many trials as the ``SketchBudget`` allows, makes each cell's empty bounded sketch from them and frees
/// them stripe by stripe; the run proper then simulates every trial again and counts all of them
/// in the sketches. The trials are the run's own, so the grids are the same for any worker
/// count; the cost is simulating the shaping trials twice.
enum ShapingPass {
    /// Simulates trials `0 ..< trials` on `workers` threads and returns, per cell, an empty
    /// bounded sketch whose grid of at most `bins` bins those trials' values set; nil when
    /// cancelled.
    static func sketches<Simulator: TrialSimulator>(
        cells: Int, trials: Int, bins: Int, workers: Int,
        makeSimulator: @Sendable () -> Simulator, isCancelled: (@Sendable () -> Bool)?
    ) -> [QuantileSketch]? {
        let stripeSize = SharedSketches.stripeSize
        let store = Store(cells: cells, trials: trials, stripeSize: stripeSize)
        let next = Atomic<Int>(0)
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, (trials + chunk - 1) / chunk))) { _ in
            var simulator = makeSimulator()
            let row = UnsafeMutableBufferPointer<Double>.allocate(capacity: cells)
            defer { row.deallocate() }
            while isCancelled?() != true {
                let first = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                guard first < trials else { break }
                for trial in first..<min(trials, first + chunk) {
                    simulator.simulate(trial: trial, into: row)
                    store.write(row, trial: trial)
                }
            }
        }
        guard isCancelled?() != true else { return nil }
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { thread in
            for stripe in stride(from: thread, to: store.stripeCount, by: max(1, workers)) { store.sortStripe(stripe) }
        }
        let cap = binCap(distinct: store.distinctValues, bins: bins)
        // On one thread: the values each stripe frees are then where its sketches go, which
        // keeps the peak down (two threads allocate in two arenas).
        for stripe in 0..<store.stripeCount { store.makeSketches(ofStripe: stripe, bins: cap) }
        return store.takeSketches()
    }

    /// The most bins a cell may take when every cell may take `bins`: cells with few distinct
    /// values need fewer (a bin per value, and one for its rounding ceiling), and what they leave
    /// goes to the others, as far as ``ValueGrid/maxBins``. The grids then hold no more bins in
    /// all than `bins` per cell, and a run's many cells of counts (newborns, persons) give their
    /// room to its ratios and shares, whose quantiles need it.
    static func binCap(distinct: UnsafeBufferPointer<Int>, bins: Int) -> Int {
        let budget = distinct.count * bins
        func used(_ cap: Int) -> Int { distinct.reduce(0) { $0 + min(cap, 2 * $1) } }
        var (low, high) = (min(bins, ValueGrid.maxBins), ValueGrid.maxBins)
        while low < high {
            let middle = (low + high + 1) / 2
            if used(middle) <= budget { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The shaping values, cell-major within stripes of cells; each stripe freed once its
    /// sketches are made. Workers write disjoint slots and work on disjoint stripes.
    private final class Store: @unchecked Sendable {
        let cells: Int
        let trials: Int
        let stripeSize: Int
        /// Each stripe's values (an empty buffer once freed); a fixed table, so that threads may
        /// replace different entries at once.
        private let stripes: UnsafeMutableBufferPointer<UnsafeMutableBufferPointer<Float>>
        /// Per cell, its distinct finite values (set by ``sortStripe(_:)``) and its sketch (made
        /// by ``makeSketches(ofStripe:bins:)``).
        private let distinct: UnsafeMutableBufferPointer<Int>
        private let made: UnsafeMutableBufferPointer<QuantileSketch>

        init(cells: Int, trials: Int, stripeSize: Int) {
            self.cells = cells
            self.trials = trials
            self.stripeSize = stripeSize
            distinct = .allocate(capacity: cells)
            distinct.initialize(repeating: 0)
            made = .allocate(capacity: cells)
            stripes = .allocate(capacity: (cells + stripeSize - 1) / stripeSize)
            for (stripe, start) in stride(from: 0, to: cells, by: stripeSize).enumerated() {
                stripes.initializeElement(at: stripe, to: .allocate(capacity: min(stripeSize, cells - start) * trials))
            }
        }

        deinit {
            stripes.forEach { $0.deallocate() }
            stripes.deallocate()
            distinct.deallocate()
            made.deallocate()
        }

        var distinctValues: UnsafeBufferPointer<Int> { UnsafeBufferPointer(distinct) }

        /// The sketches, in cell order, once every stripe's are made.
        func takeSketches() -> [QuantileSketch] {
            let sketches = Array(made)
            made.deinitialize()
            return sketches
        }

        var stripeCount: Int { stripes.count }

        /// The greatest Float at or below `value`: an edge there puts a value that occurs at its
        /// bin's lower end, so a count or a share that many trials share keeps its own bin.
        static func lowerBound(_ value: Double) -> Float {
            let nearest = Float(value)
            return Double(nearest) > value ? nearest.nextDown : nearest
        }

        func write(_ row: UnsafeMutableBufferPointer<Double>, trial: Int) {
            for cell in 0..<cells {
                stripes[cell / stripeSize][(cell % stripeSize) * trials + trial] = Self.lowerBound(row[cell])
            }
        }

        /// Sorts each of a stripe's cells' values (NaN last) and counts its distinct finite values.
        func sortStripe(_ stripe: Int) {
            let values = stripes[stripe]
            for local in 0..<(values.count / trials) {
                let column = UnsafeMutableBufferPointer(rebasing: values[(local * trials)..<((local + 1) * trials)])
                // NaN (an undefined value) to the end, the others sorted ahead of it.
                var ordered = 0
                for index in column.indices where !column[index].isNaN {
                    column.swapAt(ordered, index)
                    ordered &+= 1
                }
                AscendingSort.sort(UnsafeMutableBufferPointer(rebasing: column[..<ordered]))
                var count = 0
                var previous = Float.nan
                for value in column where value.isFinite && value != previous {
                    count += 1
                    previous = value
                }
                distinct[stripe * stripeSize + local] = count
            }
        }

        /// Makes the empty sketches of a stripe's cells (sorted by ``sortStripe(_:)``), shaped by
        /// their values; frees the values.
        func makeSketches(ofStripe stripe: Int, bins: Int) {
            let values = stripes[stripe]
            for local in 0..<(values.count / trials) {
                let finite = values[(local * trials)..<((local + 1) * trials)].compactMap { $0.isFinite ? Double($0) : nil }
                let sketch = finite.withUnsafeBufferPointer {
                    QuantileSketch(shapedBy: $0, bins: bins, roundingCeiling: { Double(Float($0).nextUp) })
                }
                (made.baseAddress! + stripe * stripeSize + local).initialize(to: sketch)
            }
            values.deallocate()
            stripes[stripe] = UnsafeMutableBufferPointer(start: nil, count: 0)
        }
    }
}
