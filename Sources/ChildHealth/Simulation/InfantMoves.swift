/// Infants (children under 1) who change unit at a boundary change, by birth month: from the
/// change date a share of those born at the unit before it are listed at the new unit, which
/// gains that share of the old unit's expected births of those months. Their remaining family
/// activities, their year-1 clinic hours and their place in the year's newborn count (children
/// are counted where they are listed on 31 December) move with them. Whole families are moved:
/// the share of a month's families is rounded to the nearest whole number. Two changes that
/// move the same unit's infants of the same month add their shares and move them from the
/// earlier date.
struct InfantMoves: Sendable {
    /// Per birth month: the share of the unit's infants born then who leave, from month `leavingFrom`.
    private(set) var leavingShare: [Double]
    private(set) var leavingFrom: [Int]
    /// Per birth month: the infants born then at other units who arrive, from month `arrivingFrom`.
    private(set) var arriving: [Double]
    private(set) var arrivingFrom: [Int]

    /// No moves, over `months` birth months.
    init(months: Int) {
        leavingShare = Array(repeating: 0, count: months)
        leavingFrom = Array(repeating: .max, count: months)
        arriving = Array(repeating: 0, count: months)
        arrivingFrom = Array(repeating: .max, count: months)
    }

    /// `share` of the infants born in `birthMonth` leave from month `month`.
    mutating func leave(birthMonth: Int, share: Double, from month: Int) {
        leavingShare[birthMonth] = min(1, leavingShare[birthMonth] + share)
        leavingFrom[birthMonth] = min(leavingFrom[birthMonth], month)
    }

    /// `infants` born at another unit in `birthMonth` arrive from month `month`.
    mutating func arrive(birthMonth: Int, infants: Double, from month: Int) {
        arriving[birthMonth] += infants
        arrivingFrom[birthMonth] = min(arrivingFrom[birthMonth], month)
    }

    /// The infants born in `birthMonth` listed at the unit in `month`, of the `born` born there.
    @inline(__always)
    func listed(born: Int, birthMonth: Int, month: Int) -> Int {
        var count = born
        if month >= leavingFrom[birthMonth] { count -= Int((Double(born) * leavingShare[birthMonth]).rounded()) }
        if month >= arrivingFrom[birthMonth] { count += Int(arriving[birthMonth].rounded()) }
        return count
    }

    /// The same moves with storage of their own (see ``UnitPlan/unshared()``).
    func unshared() -> InfantMoves {
        var copy = self
        copy.leavingShare = leavingShare.map { $0 }
        copy.leavingFrom = leavingFrom.map { $0 }
        copy.arriving = arriving.map { $0 }
        copy.arrivingFrom = arrivingFrom.map { $0 }
        return copy
    }
}
