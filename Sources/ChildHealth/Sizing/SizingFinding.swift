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
