/// What a run with a ``PrecisionGoal`` came to: the trials it took and whether the goal was
/// met within its most trials.
public struct PrecisionOutcome: Sendable, Equatable {
    public var goal: PrecisionGoal
    /// Trials run: whole blocks, or the goal's most trials.
    public var trials: Int
    /// The largest standard error of a watched `p_meet` at the end.
    public var largestError: Double

    /// Whether every watched `p_meet` is as precise as asked.
    public var isReached: Bool { largestError <= goal.precision }
}
