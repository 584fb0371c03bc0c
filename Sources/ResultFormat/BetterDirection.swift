/// Which way an indicator improves, for a comparison's "the other scenario is better" column.
public enum BetterDirection: Sendable {
    case higher
    case lower
}
