/// A joint unit of two neighbours that meets every target.
public struct PooledUnit: Sendable, Equatable {
    public var neighbour: String
    public var municipality: String
    /// Mean newborns of the joint unit in the first year sized for, and its newborns-per-FTE ceiling.
    public var newborns: Double
    public var ceiling: Double
    /// The advised split into persons, and each target's probability with it (worst year).
    public var fractions: [Double]
    public var probabilities: [TargetProbability]
    /// The nurse FTE and nurses the two units have now.
    public var currentFTE: Double
    public var currentNurses: Int

    /// The advised FTE on the 0.05 grid.
    public var fte: Double { SizingSplit.fte(SizingSplit.steps(fractions.reduce(0, +))) }
}
