import Dispatch
import Synchronization

/// The cells' quantile sketches, shared by a run's workers, and the pilot that shapes them.
///
/// The pilot is the run's first ``pilotTrials`` trials (as many as the ``SketchBudget`` allows): their values are stored by trial number,
/// so the pilot is the same whichever worker simulated which trial. Once every pilot trial is
/// in, the worker that stored the last one makes each cell's bounded sketch from its pilot
/// values and frees them; workers with later trials wait for that (the pilot spans the first
/// blocks, so the wait is short). A run of no more trials than the pilot keeps every value and
/// reports exact quantiles.
///
/// Neighbouring cells form stripes, each behind its own lock, so two workers folding values into
/// different cells rarely wait for each other, and the run holds one sketch per cell however
/// many workers it has.
final class SharedSketches: @unchecked Sendable {
    /// Cells per stripe: enough that a lock is taken rarely, few enough that workers seldom meet.
    static let stripeSize = 64
    private final class Stripe: Sendable {
        let sketches: Mutex<[QuantileSketch]>
        init(_ sketches: [QuantileSketch]) { self.sketches = Mutex(sketches) }
    }

    let cells: Int
    let pilotTrials: Int
    let trials: Int
    let bins: Int
    /// Threads that make the sketches when the pilot closes: the run's workers.
    let threads: Int
    private let stripes: [Stripe]
    /// The pilot's values, cell-major: cell `c`, trial `t` at `c × pilotTrials + t`. Workers
    /// write disjoint slots; nobody reads them before the last is written.
    private var pilot: UnsafeMutableBufferPointer<Double>
    /// Pilot trials stored so far, and whether the sketches have been made from them.
    private let pilotProgress = Mutex((stored: 0, closed: false))
    /// Signalled once the sketches are made (or the run is cancelled); each waiter passes it on.
    private let sketchesMade = DispatchSemaphore(value: 0)

    /// Empty sketches for `cells` cells of a run of `trials` trials on `threads` threads, within
    /// `budget`.
    init(cells: Int, trials: Int, budget: SketchBudget, threads: Int) {
        self.threads = max(1, threads)
        self.cells = cells
        self.trials = trials
        pilotTrials = budget.pilotTrials(cells: cells, trials: trials)
        bins = budget.binsPerCell(cells: cells)
        stripes = stride(from: 0, to: cells, by: Self.stripeSize).map { start in
            Stripe(Array(repeating: QuantileSketch(), count: min(Self.stripeSize, cells - start)))
        }
        pilot = .allocate(capacity: cells * pilotTrials)
        pilot.initialize(repeating: .nan)
    }

    /// Sketches already shaped (by a ``ShapingPass``) for a run of `trials` trials: no pilot,
    /// every trial is counted in them.
    init(shaped sketches: [QuantileSketch], trials: Int) {
        let cells = sketches.count
        self.cells = cells
        self.trials = trials
        pilotTrials = 0
        bins = 0
        threads = 1
        stripes = stride(from: 0, to: cells, by: Self.stripeSize).map { start in
            Stripe(Array(sketches[start..<min(cells, start + Self.stripeSize)]))
        }
        pilot = UnsafeMutableBufferPointer(start: nil, count: 0)
        pilotProgress.withLock { $0.closed = true }
        sketchesMade.signal()
    }

    deinit { if pilot.baseAddress != nil { pilot.deallocate() } }

    /// Stores `cell`'s values of pilot trials `first …` (in trial order).
    func storePilot(cell: Int, first: Int, values: Slice<UnsafeBufferPointer<Double>>) {
        precondition(first + values.count <= pilotTrials, "only pilot trials are stored")
        var slot = cell * pilotTrials + first
        for value in values {
            pilot[slot] = value
            slot &+= 1
        }
    }

    /// Records that `count` more pilot trials are stored for every cell; the call that completes
    /// a pilot shorter than the run makes the bounded sketches (stripes in parallel) and lets the
    /// waiting workers on.
    func pilotTrialsStored(_ count: Int) {
        guard count > 0 else { return }
        let complete = pilotProgress.withLock { progress -> Bool in
            progress.stored += count
            return progress.stored == pilotTrials && pilotTrials < trials
        }
        guard complete else { return }
        // The other workers wait for this: spread the sorting over the run's threads.
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: stripes.count, by: threads) {
                stripes[index].sketches.withLock { sketches in
                    for local in sketches.indices {
                        sketches[local] = QuantileSketch(pilot: pilotColumn(index * Self.stripeSize + local), bins: bins)
                    }
                }
            }
        }
        if pilot.baseAddress != nil { pilot.deallocate() }
        pilot = UnsafeMutableBufferPointer(start: nil, count: 0)
        pilotProgress.withLock { $0.closed = true }
        sketchesMade.signal()
    }

    /// Waits until the bounded sketches are made; false when the run was cancelled first.
    func waitForSketches() -> Bool {
        sketchesMade.wait()
        sketchesMade.signal()
        return pilotProgress.withLock { $0.closed }
    }

    /// Releases workers waiting for a pilot that will not complete because the run stops.
    func cancel() { sketchesMade.signal() }

    /// Number of stripes; stripe `s` holds the cells from `s × stripeSize`.
    var stripeCount: Int { stripes.count }

    /// Runs `body` on the sketches of stripe `index` (its first cell at position 0) under its lock.
    func withStripe<Result>(_ index: Int, _ body: (inout [QuantileSketch]) -> Result) -> Result {
        stripes[index].sketches.withLock { body(&$0) }
    }

    /// Every cell's sketch, in cell order: exact ones from the pilot when it was the whole run.
    var all: [QuantileSketch] {
        if pilotProgress.withLock({ $0.closed }) {
            return stripes.flatMap { stripe in stripe.sketches.withLock { $0 } }
        }
        return (0..<cells).map { QuantileSketch(exactly: pilotColumn($0)) }
    }

    private func pilotColumn(_ cell: Int) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(rebasing: pilot[(cell * pilotTrials)..<((cell + 1) * pilotTrials)])
    }
}
