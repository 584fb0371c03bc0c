/// Which way an output cell improves, for the "other scenario is better" probability of a
/// comparison. Indicators with a target improve towards it (lower for newborns per nurse FTE,
/// higher for the rest); counts of units meeting a target and available nurse FTE are better
/// higher, nurse utilisation lower. Newborns and the extended-programme counts follow births
/// and the programme's reach rather than quality, so they have no direction.
enum ComparisonDirection: Sendable {
    case higherIsBetter
    case lowerIsBetter

    /// The direction of a cell's indicator name (a unit indicator, a region indicator or a
    /// `units_meeting_…` count); nil where neither way is better.
    init?(cellIndicator name: String) {
        if Indicator.targeted.contains(where: { CellLayout.unitsMeeting($0) == name }) {
            self = .higherIsBetter
            return
        }
        switch Indicator(rawValue: name) {
        case .newbornsPerNurseFTE, .nurseUtilisation: self = .lowerIsBetter
        case .newbornsPerNurse, .newbornsPerDoctor, .nurseFTEAvailable, .firstHomeVisit, .eightMonthHomeVisit,
             .parentGroup, .epds, .partnerTalk: self = .higherIsBetter
        case .newborns, .extOffered, .extReached, .extDeclined, .extNotOffered, .extDroppedOut, nil: return nil
        }
    }

    /// 1 when `other` is strictly better than `base`, 0 when not, NaN when either is undefined.
    @inline(__always)
    func better(base: Double, other: Double) -> Double {
        if base.isNaN || other.isNaN { return .nan }
        switch self {
        case .higherIsBetter: return other > base ? 1 : 0
        case .lowerIsBetter: return other < base ? 1 : 0
        }
    }
}
