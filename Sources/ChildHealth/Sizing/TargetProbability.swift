/// A target and the probability of meeting it.
public struct TargetProbability: Sendable, Equatable {
    public var indicator: Indicator
    public var probability: Double
}
