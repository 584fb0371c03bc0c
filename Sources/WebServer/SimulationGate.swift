import Foundation

/// Lets at most `limit` simulations run at once; the others wait in the order they came. Each
/// simulation runs on a thread of its own, so a long run never holds up the threads that answer
/// the other requests (the page list, a 401, a download), and those let in do run side by side.
actor SimulationGate {
    let limit: Int
    /// Simulations running now.
    private(set) var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// The most simulations seen running at once (for the tests of the cap).
    private(set) var mostRunning = 0

    init(limit: Int) {
        precondition(limit >= 1, "at least one simulation must be allowed")
        self.limit = limit
    }

    /// Requests waiting for a turn now.
    var queued: Int { waiting.count }

    /// Runs `work` once fewer than `limit` others are running, and returns its value.
    func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        if running >= limit {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        mostRunning = max(mostRunning, running)
        let value = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()  // the turn passes on: `running` stays
        }
        return value
    }
}
