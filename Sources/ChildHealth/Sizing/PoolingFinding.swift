/// What pooling a unit that cannot be staffed alone with a neighbour in the same municipality
/// would achieve (see `SizingPooling.swift`).
public enum PoolingFinding: Sendable, Equatable {
    /// No other unit in the municipality.
    case noNeighbour(municipality: String)
    /// Pooling with any one unit of the municipality would not meet every target either.
    case noneMeets(municipality: String)
    /// The smallest neighbour that makes a joint unit feasible, and what that unit needs.
    case pooled(PooledUnit)
}
