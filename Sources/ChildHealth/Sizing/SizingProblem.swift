/// A sizing request that does not fit the scenario: a year outside the horizon, an unknown
/// target, a confidence outside (0, 1).
public struct SizingProblem: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) { self.description = description }
}
