/// Whether an indicator's target is a ceiling or a floor.
public enum TargetKind: Sendable {
    /// Met when the value is at most the target (the newborns-per-FTE ceiling).
    case atMost
    /// Met when the value is at least the target (coverage shares, newborns per person).
    case atLeast

    /// The comparison sign written before a target, e.g. `≤ 45`.
    public var symbol: String { self == .atMost ? "≤" : "≥" }
}
