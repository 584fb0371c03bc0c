/// A sizing request that does not fit the scenario: a year outside the horizon, an unknown
/// target, a confidence outside (0, 1).
public struct SizingProblem: Error, Sendable, CustomStringConvertible {
    public var description: String
    /// True when the sizing was stopped by ``SizingRequest/isCancelled``: it found nothing.
    public var interrupted = false

    init(_ description: String) { self.description = description }

    /// The sizing was stopped before it was done.
    static let stopped: SizingProblem = {
        var problem = SizingProblem("the sizing was stopped before it was done")
        problem.interrupted = true
        return problem
    }()
}
