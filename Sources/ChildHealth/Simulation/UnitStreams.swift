import MonteCarlo

/// The random generators of the unit being simulated, one per `StreamComponent`, looked up by
/// component rather than by slot. Owned by one worker and repositioned for each (trial,
/// subject, component) instead of reallocated, so the hot loop allocates nothing.
final class UnitStreams {
    private let seed: UInt64
    /// Keeps the generators alive.
    private let streams: [RandomStream]
    /// Each component's generator at the index of its `StreamComponent.number` (nil where no
    /// component has that number): a lookup is one load, with no search and no reference counting.
    private let byNumber: UnsafeMutableBufferPointer<RandomGenerator?>

    /// Allocates a generator for every component in `StreamComponent.all`.
    init(seed: UInt64) {
        self.seed = seed
        let components = StreamComponent.all
        let key = StreamKey(seed: seed, trial: 0, subject: 0, component: 0)
        streams = components.map { _ in RandomStream(key: key) }
        byNumber = .allocate(capacity: Int(components.map(\.number).max() ?? 0) + 1)
        byNumber.initialize(repeating: nil)
        for (component, stream) in zip(components, streams) { byNumber[Int(component.number)] = stream.generator }
    }

    deinit { byNumber.deallocate() }

    /// The generator of `component`, wherever it was last positioned.
    @inline(__always)
    subscript(component: StreamComponent) -> RandomGenerator {
        byNumber[Int(component.number)]!
    }

    /// Positions `component`'s generator at the start of its stream for `trial`, `subject` (a unit
    /// or a person) and `part` (say, a year), and returns it.
    @inline(__always) @discardableResult
    func reset(_ component: StreamComponent, trial: Int, subject: UInt64, part: Int = 0) -> RandomGenerator {
        let generator = self[component]
        generator.reset(to: StreamKey(seed: seed, trial: trial, subject: subject,
                                      component: component.number | UInt64(truncatingIfNeeded: part) << 32))
        return generator
    }
}
