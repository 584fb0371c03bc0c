import MonteCarlo

/// What the planner projects per unit and year; the raw values are the identifiers used in
/// every output table.
public enum Indicator: String, Sendable, CaseIterable {
    case newborns
    case newbornsPerNurseFTE = "newborns_per_nurse_fte"
    case newbornsPerNurse = "newborns_per_nurse"
    case newbornsPerDoctor = "newborns_per_doctor"
    case nurseFTEAvailable = "nurse_fte_available"
    case nurseUtilisation = "nurse_utilisation"
    case firstHomeVisit = "first_home_visit"
    case eightMonthHomeVisit = "eight_month_home_visit"
    case parentGroup = "parent_group"
    case epds
    case partnerTalk = "partner_talk"
    case extOffered = "ext_offered"
    case extReached = "ext_reached"
    case extDeclined = "ext_declined"
    case extNotOffered = "ext_not_offered"
    case extDroppedOut = "ext_dropped_out"

    /// Indicators that have a target, in the order reports list them.
    public static let targeted: [Indicator] = [
        .newbornsPerNurseFTE, .newbornsPerNurse, .newbornsPerDoctor,
        .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
    ]

    /// Extended-programme counts (KVÅ UX273–UX278, UX284, UX293, UX294).
    public static let extendedProgramme: [Indicator] = [.extOffered, .extReached, .extDeclined, .extNotOffered, .extDroppedOut]

    /// The coverage indicator of a family activity.
    public init?(coverageOf activity: Activity) {
        switch activity {
        case .firstHomeVisit: self = .firstHomeVisit
        case .eightMonthHomeVisit: self = .eightMonthHomeVisit
        case .parentGroup: self = .parentGroup
        case .epds: self = .epds
        case .partnerTalk: self = .partnerTalk
        case .clinic, .extendedProgramme: return nil
        }
    }

    /// The target for a unit with the given newborns-per-FTE ceiling; nil where there is none.
    public func threshold(targets: Targets, ceiling: Double) -> Threshold? {
        switch self {
        case .newbornsPerNurseFTE: .atMost(ceiling)
        case .newbornsPerNurse: .atLeast(targets.newbornsPerNurse)
        case .newbornsPerDoctor: .atLeast(targets.newbornsPerDoctor)
        case .firstHomeVisit: .atLeast(targets.firstHomeVisit)
        case .eightMonthHomeVisit: .atLeast(targets.eightMonthHomeVisit)
        case .parentGroup: .atLeast(targets.parentGroup)
        case .epds: .atLeast(targets.epds)
        case .partnerTalk: .atLeast(targets.partnerTalk)
        default: nil
        }
    }
}
