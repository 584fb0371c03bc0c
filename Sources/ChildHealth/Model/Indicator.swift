import MonteCarlo

/// What the planner projects per unit and year. The identifiers the result files give these
/// (`newborns_per_nurse_fte`, …) belong to the file format (`Sources/ResultFormat/IndicatorID.swift`);
/// the domain knows an indicator by its case, its target and which way it improves.
public enum Indicator: Sendable, CaseIterable, Hashable {
    case newborns
    case newbornsPerNurseFTE
    case newbornsPerNurse
    case newbornsPerDoctor
    case nurseFTEAvailable
    case nurseUtilisation
    case firstHomeVisit
    case eightMonthHomeVisit
    case parentGroup
    case epds
    case partnerTalk
    case extOffered
    case extReached
    case extDeclined
    case extNotOffered
    case extDroppedOut
    /// Families in the extended programme on 31 December, whenever they entered it.
    case extInProgramme
    /// Programme visits due in the year that the unit could not make (a missing UX273–UX278).
    case extVisitsMissed
    /// Programme visits no. 1–6 made in the year (UX273–UX278).
    case extVisit1, extVisit2, extVisit3, extVisit4, extVisit5, extVisit6
    /// Barn-HLR, by the year families fell due: share who took part (at the unit or with a
    /// partner organisation), and the counts of UX550–UX554.
    case barnHLR
    case hlrNotOffered, hlrOffered, hlrTookPart, hlrDeclined, hlrPartner

    /// Indicators that have a target, in the order reports list them.
    public static let targeted: [Indicator] = [
        .newbornsPerNurseFTE, .newbornsPerNurse, .newbornsPerDoctor,
        .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
    ]

    /// Extended-programme counts (KVÅ UX273–UX278, UX284, UX293, UX294).
    public static let extendedProgramme: [Indicator] = [
        .extOffered, .extReached, .extDeclined, .extNotOffered, .extDroppedOut, .extInProgramme, .extVisitsMissed,
    ] + extVisits
    /// Barn-HLR's share and counts (KVÅ UX550–UX554).
    public static let barnHLRIndicators: [Indicator] = [.barnHLR, .hlrNotOffered, .hlrOffered, .hlrTookPart, .hlrDeclined, .hlrPartner]

    /// Programme visits made, by their number (UX273–UX278).
    public static let extVisits: [Indicator] = [.extVisit1, .extVisit2, .extVisit3, .extVisit4, .extVisit5, .extVisit6]

    /// The coverage indicator of a family activity.
    public init?(coverageOf activity: Activity) {
        switch activity {
        case .firstHomeVisit: self = .firstHomeVisit
        case .eightMonthHomeVisit: self = .eightMonthHomeVisit
        case .parentGroup: self = .parentGroup
        case .epds: self = .epds
        case .partnerTalk: self = .partnerTalk
        case .clinic, .extendedProgramme, .barnHLR: return nil
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
        case .barnHLR: targets.barnHLR.map(Threshold.atLeast)
        case .newborns, .nurseFTEAvailable, .nurseUtilisation, .extOffered, .extReached, .extDeclined, .extNotOffered,
             .extDroppedOut, .extInProgramme, .extVisitsMissed, .extVisit1, .extVisit2, .extVisit3, .extVisit4, .extVisit5,
             .extVisit6, .hlrNotOffered, .hlrOffered, .hlrTookPart, .hlrDeclined, .hlrPartner:
            nil
        }
    }

    /// Which way the indicator improves, for a comparison's "the other scenario is better":
    /// towards its target; higher available FTE, lower utilisation. Newborns and the
    /// extended-programme counts follow births and the programme's reach rather than quality,
    /// so neither way is better.
    public var betterDirection: ComparisonDirection? {
        switch self {
        case .newbornsPerNurseFTE, .nurseUtilisation: .lowerIsBetter
        case .newbornsPerNurse, .newbornsPerDoctor, .nurseFTEAvailable, .firstHomeVisit, .eightMonthHomeVisit,
             .parentGroup, .epds, .partnerTalk, .barnHLR:
            .higherIsBetter
        case .newborns, .extOffered, .extReached, .extDeclined, .extNotOffered, .extDroppedOut, .extInProgramme,
             .extVisitsMissed, .extVisit1, .extVisit2, .extVisit3, .extVisit4, .extVisit5, .extVisit6, .hlrNotOffered,
             .hlrOffered, .hlrTookPart, .hlrDeclined, .hlrPartner:
            nil
        }
    }
}
