/// One row of a unit's trade-off between persons and FTE: the least nurse FTE that meets every
/// target with the confidence with exactly `persons` nurses (in every year sized for), or why
/// that many persons cannot.
public struct StaffingOption: Sendable, Equatable {
    /// Why a number of persons cannot meet the targets.
    public enum Limit: Sendable, Equatable {
        /// Met: `fractions` is the least FTE's split.
        case met
        /// So many nurses would see fewer newborns each than the floor (more persons only lower it).
        case belowFloor
        /// Not met even with every person at full time.
        case unmetAtFullTime
    }

    public var persons: Int
    public var limit: Limit
    /// The least FTE's split (fill-first, see ``SizingSplit``); nil unless met.
    public var fractions: [Double]?
    /// Each target's probability at the least FTE, or with every person at full time when not
    /// met; over several years the worst year's.
    public var probabilities: [TargetProbability]

    public var feasible: Bool { fractions != nil }
    /// The least FTE on the 0.05 grid; nil unless met.
    public var fte: Double? { steps.map(SizingSplit.fte) }
    /// The least FTE in grid steps of 0.05 (exact, for comparing options); nil unless met.
    public var steps: Int? { fractions.map { SizingSplit.steps($0.reduce(0, +)) } }

    /// The probability of meeting `indicator` with this option; 0 for a target not sized for.
    public func probability(_ indicator: Indicator) -> Double {
        probabilities.first { $0.indicator == indicator }?.probability ?? 0
    }
}

extension [StaffingOption] {
    /// The advised option: the fewest persons whose least FTE is within `personCostFTE` per extra
    /// person of any option with more persons — the least of FTE + cost × persons, the fewest
    /// persons on a tie. nil when no option is met.
    public func preferred(personCostFTE: Double) -> StaffingOption? {
        let costSteps = personCostFTE / SizingSplit.step
        var best: (option: StaffingOption, cost: Double)?
        for option in self {
            guard let steps = option.steps else { continue }
            let cost = Double(steps) + costSteps * Double(option.persons)
            // A tie (up to rounding of the cost) keeps the fewer persons found first.
            if best == nil || cost < best!.cost - 1e-9 { best = (option, cost) }
        }
        return best?.option
    }
}
