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
        var sketches: [QuantileSketch] = []
        sketches.reserveCapacity(cells)
        for stripe in 0..<store.stripeCount {
            sketches.append(contentsOf: store.sketches(ofStripe: stripe, bins: bins))
        }
        return sketches
    }

    /// The shaping values, cell-major within stripes of cells; each stripe freed once its
    /// sketches are made. Workers write disjoint slots.
    private final class Store: @unchecked Sendable {
        let cells: Int
        let trials: Int
        let stripeSize: Int
        private var stripes: [UnsafeMutableBufferPointer<Float>]

        init(cells: Int, trials: Int, stripeSize: Int) {
            self.cells = cells
            self.trials = trials
            self.stripeSize = stripeSize
            stripes = stride(from: 0, to: cells, by: stripeSize).map { start in
                .allocate(capacity: min(stripeSize, cells - start) * trials)
            }
        }

        deinit { stripes.forEach { $0.deallocate() } }

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

        /// The empty sketches of a stripe's cells, shaped by their values; frees the values.
        func sketches(ofStripe stripe: Int, bins: Int) -> [QuantileSketch] {
            let values = stripes[stripe]
            let count = values.count / trials
            let made = (0..<count).map { local in
                var finite = values[(local * trials)..<((local + 1) * trials)].compactMap { $0.isFinite ? Double($0) : nil }
                finite.sort()
                return finite.withUnsafeBufferPointer {
                    QuantileSketch(shapedBy: $0, bins: bins, roundingCeiling: { Double(Float($0).nextUp) })
                }
            }
            values.deallocate()
            stripes[stripe] = UnsafeMutableBufferPointer(start: nil, count: 0)
            return made
        }
    }
}
