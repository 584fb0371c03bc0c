import Dispatch
import Synchronization

/// The cells' quantile sketches, shared by a run's workers, and the pilot that shapes them.
///
/// The pilot is the run's first ``pilotTrials`` trials (as many as the ``SketchBudget`` allows): their values are stored by trial number,
/// so the pilot is the same whichever worker simulated which trial. Once every pilot trial is
/// in, each cell's bounded sketch is made from its pilot values, stripe by stripe, by the worker
/// that stored the last one and by every worker that needs the sketches meanwhile (so none sits
/// idle while another sorts), and the values are freed. A run of no more trials than the pilot keeps every value and
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
    let bins: Int
    /// Threads that make the sketches when the pilot closes: the run's workers.
    let threads: Int
    private let stripes: [Stripe]
    /// The pilot's values, cell-major: cell `c`, trial `t` at `c × pilotTrials + t`. Workers
    /// write disjoint slots; nobody reads them before the last is written.
    private var pilot: UnsafeMutableBufferPointer<Double>
    /// Pilot trials stored so far, whether the sketches are being made from them and whether
    /// they are made, and the trials the run has in all so far.
    private let pilotProgress: Mutex<(stored: Int, closing: Bool, closed: Bool, trials: Int)>
    /// Signalled once the sketches are being made (or the run is cancelled); each waiter passes it on.
    private let closing = DispatchSemaphore(value: 0)
    /// Signalled once the sketches are made (or the run is cancelled); each waiter passes it on.
    private let sketchesMade = DispatchSemaphore(value: 0)
    /// The next stripe whose sketches are to be made, and the stripes whose sketches are made.
    private let nextStripeToMake = Atomic<Int>(0)
    private let stripesMade = Atomic<Int>(0)
    /// Signalled by the thread that makes the last stripe's sketches.
    private let allStripesMade = DispatchSemaphore(value: 0)

    /// Empty sketches for `cells` cells of a run of `trials` trials on `threads` threads, within
    /// `budget`. A run that may grow (``extend(to:)``) up to `mostTrials` keeps the pilot such a
    /// run would keep: until the run passes it, every value is kept and the quantiles are exact.
    init(cells: Int, trials: Int, budget: SketchBudget, threads: Int, mostTrials: Int? = nil) {
        self.threads = max(1, threads)
        self.cells = cells
        pilotTrials = budget.pilotTrials(cells: cells, trials: max(trials, mostTrials ?? trials))
        pilotProgress = Mutex((stored: 0, closing: false, closed: false, trials: trials))
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
        pilotProgress = Mutex((stored: 0, closing: true, closed: true, trials: trials))
        pilotTrials = 0
        bins = 0
        threads = 1
        stripes = stride(from: 0, to: cells, by: Self.stripeSize).map { start in
            Stripe(Array(sketches[start..<min(cells, start + Self.stripeSize)]))
        }
        pilot = UnsafeMutableBufferPointer(start: nil, count: 0)
        closing.signal()
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
    /// a pilot shorter than the run makes the bounded sketches (with the workers that wait for
    /// them) and lets the waiting workers on.
    func pilotTrialsStored(_ count: Int) {
        guard count > 0 else { return }
        let complete = pilotProgress.withLock { progress -> Bool in
            progress.stored += count
            let complete = progress.stored == pilotTrials && pilotTrials < progress.trials
            if complete { progress.closing = true }
            return complete
        }
        if complete { closePilot(byWorker: true) }
    }

    /// Lets the run go on to `trials` trials in all, between blocks with no worker running; makes
    /// the bounded sketches when a pilot that was the whole run so far no longer is.
    func extend(to trials: Int) {
        let complete = pilotProgress.withLock { progress -> Bool in
            progress.trials = trials
            let complete = !progress.closing && progress.stored == pilotTrials && pilotTrials < trials
            if complete { progress.closing = true }
            return complete
        }
        if complete { closePilot(byWorker: false) }
    }

    /// Makes each cell's bounded sketch from its pilot values, frees them and lets the waiting
    /// workers on. A worker that completes the pilot makes stripes on its own thread while the
    /// others join in as they come to wait (``waitForSketches()``); between blocks, when no
    /// worker runs, the stripes are spread over the run's threads here.
    private func closePilot(byWorker: Bool) {
        closing.signal()
        if byWorker {
            makeStripes()
        } else {
            DispatchQueue.concurrentPerform(iterations: threads) { _ in makeStripes() }
        }
        if !stripes.isEmpty { allStripesMade.wait() }
        if pilot.baseAddress != nil { pilot.deallocate() }
        pilot = UnsafeMutableBufferPointer(start: nil, count: 0)
        pilotProgress.withLock { $0.closed = true }
        sketchesMade.signal()
    }

    /// Makes the sketches of stripes nobody has taken yet, until none is left.
    private func makeStripes() {
        while true {
            let index = nextStripeToMake.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < stripes.count else { return }
            stripes[index].sketches.withLock { sketches in
                for local in sketches.indices {
                    sketches[local] = QuantileSketch(pilot: pilotColumn(index * Self.stripeSize + local), bins: bins)
                }
            }
            if stripesMade.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == stripes.count { allStripesMade.signal() }
        }
    }

    /// Waits until the bounded sketches are made, making stripes of them meanwhile; false when
    /// the run was cancelled first.
    func waitForSketches() -> Bool {
        closing.wait()
        closing.signal()
        if pilotProgress.withLock({ $0.closing && !$0.closed }) { makeStripes() }
        sketchesMade.wait()
        sketchesMade.signal()
        return pilotProgress.withLock { $0.closed }
    }

    /// Releases workers waiting for a pilot that will not complete because the run stops.
    func cancel() {
        closing.signal()
        sketchesMade.signal()
    }

    /// Number of stripes; stripe `s` holds the cells from `s × stripeSize`.
    var stripeCount: Int { stripes.count }

    /// Runs `body` on the sketches of stripe `index` (its first cell at position 0) under its lock.
    func withStripe<Result>(_ index: Int, _ body: (inout [QuantileSketch]) -> Result) -> Result {
        stripes[index].sketches.withLock { body(&$0) }
    }

    /// Every cell's sketch, in cell order: exact ones from the pilot when it is the whole run so far.
    var all: [QuantileSketch] {
        let (stored, _, closed, _) = pilotProgress.withLock { $0 }
        if closed {
            return stripes.flatMap { stripe in stripe.sketches.withLock { $0 } }
        }
        return (0..<cells).map { QuantileSketch(exactly: pilotColumn($0, trials: stored)) }
    }

    /// `cell`'s values of the first `trials` pilot trials (all of them by default).
    func pilotColumn(_ cell: Int, trials: Int? = nil) -> UnsafeBufferPointer<Double> {
        let start = cell * pilotTrials
        return UnsafeBufferPointer(rebasing: pilot[start..<(start + (trials ?? pilotTrials))])
    }
}
