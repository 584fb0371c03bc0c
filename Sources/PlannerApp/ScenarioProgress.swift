import Synchronization

/// The progress line of the scenario under way, shared with the runner's worker threads.
final class ScenarioProgress: Sendable {
    private let line = Mutex<ProgressLine?>(nil)

    func start(_ progress: ProgressLine) { line.withLock { $0 = progress } }

    func update(done: Int, of total: Int) { line.withLock { $0?.update(done: done, of: total) } }

    func finish() { line.withLock { $0?.finish(); $0 = nil } }
}
