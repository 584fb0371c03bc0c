/// How the search for a unit's staffing ended, as facts the advice's note is written from
/// (`Sources/PlannerApp/SizingNotes.swift`). Probabilities, newborns and ceiling are those of
/// the ``SizingAdvice`` it belongs to.
public enum SizingFinding: Sendable, Equatable {
    /// Met: the advised FTE against the FTE now, in steps of 0.05 (positive: more).
    case met(changeSteps: Int)
    /// `persons` nurses would see fewer newborns each than the floor while `persons − 1` at
    /// full time do not meet every target (with 1: too few newborns for even one nurse); the
    /// advice's probabilities are those of the staffing that came closest.
    case floorConflict(persons: Int, pooling: PoolingFinding)
    /// Not met even by `maxPersons` full-time nurses, whose probabilities the advice gives.
    case unmet(maxPersons: Int)
}

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

/// A joint unit of two neighbours that meets every target.
public struct PooledUnit: Sendable, Equatable {
    public var neighbour: String
    public var municipality: String
    /// Mean newborns of the joint unit in the year sized for, and its newborns-per-FTE ceiling.
    public var newborns: Double
    public var ceiling: Double
    /// The least FTE's split into persons, and each target's probability with it.
    public var fractions: [Double]
    public var probabilities: [TargetProbability]
    /// The nurse FTE and nurses the two units have now.
    public var currentFTE: Double
    public var currentNurses: Int

    /// The advised FTE on the 0.05 grid.
    public var fte: Double { SizingSplit.fte(SizingSplit.steps(fractions.reduce(0, +))) }
}

/// A target and the probability of meeting it.
public struct TargetProbability: Sendable, Equatable {
    public var indicator: Indicator
    public var probability: Double
}
