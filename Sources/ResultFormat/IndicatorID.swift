/// The identifiers of the indicators in every result file, defined once: their order in tables,
/// which way is better and what kind of target they have. The domain's indicators map onto
/// these in `Sources/PlannerApp/IndicatorMapping.swift`; readers of result files (the reports)
/// know the indicators only through this type.
public enum IndicatorID: String, CaseIterable, Codable, Sendable {
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
    case extInProgramme = "ext_in_programme"
    case extVisitsMissed = "ext_visits_missed"
    case extVisit1 = "ext_visit_1"
    case extVisit2 = "ext_visit_2"
    case extVisit3 = "ext_visit_3"
    case extVisit4 = "ext_visit_4"
    case extVisit5 = "ext_visit_5"
    case extVisit6 = "ext_visit_6"
    case barnHLR = "barn_hlr"
    case hlrNotOffered = "hlr_not_offered"
    case hlrOffered = "hlr_offered"
    case hlrTookPart = "hlr_took_part"
    case hlrDeclined = "hlr_declined"
    case hlrPartner = "hlr_partner"

    /// The kind of target: a ceiling for newborns per nurse FTE, a floor for the staffing floors
    /// and the programme's coverage shares; nil where the indicator has no target.
    public var targetKind: TargetKind? {
        switch self {
        case .newbornsPerNurseFTE: .atMost
        case .newbornsPerNurse, .newbornsPerDoctor, .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
             .barnHLR:
            .atLeast
        case .newborns, .nurseFTEAvailable, .nurseUtilisation, .extOffered, .extReached, .extDeclined, .extNotOffered,
             .extDroppedOut, .extInProgramme, .extVisitsMissed, .extVisit1, .extVisit2, .extVisit3, .extVisit4, .extVisit5,
             .extVisit6, .hlrNotOffered, .hlrOffered, .hlrTookPart, .hlrDeclined, .hlrPartner:
            nil
        }
    }

    /// Which way the indicator improves: towards its target; for available nurse FTE higher and
    /// for nurse utilisation lower. Newborns and the extended-programme counts follow births and
    /// the programme's reach rather than quality, so they have none.
    public var betterDirection: BetterDirection? {
        switch self {
        case .newbornsPerNurseFTE, .nurseUtilisation: .lower
        case .nurseFTEAvailable: .higher
        case .newborns, .extOffered, .extReached, .extDeclined, .extNotOffered, .extDroppedOut, .extInProgramme,
             .extVisitsMissed, .extVisit1, .extVisit2, .extVisit3, .extVisit4, .extVisit5, .extVisit6, .hlrNotOffered,
             .hlrOffered, .hlrTookPart, .hlrDeclined, .hlrPartner:
            nil
        default: targetKind == .atLeast ? .higher : nil
        }
    }

    /// The indicators drawn as fan charts, whose P25 and P75 go into `fan.csv`.
    public static let fanCharted: [IndicatorID] = [.newbornsPerNurseFTE, .firstHomeVisit]

    /// The prefix of the region rows that count the units meeting a target, e.g. `units_meeting_epds`.
    public static let unitsMeetingPrefix = "units_meeting_"

    /// The region row counting the units that meet this indicator's target.
    public var unitsMeeting: String { Self.unitsMeetingPrefix + rawValue }

    /// The indicator a `units_meeting_…` row counts, or nil for any other name.
    public static func counted(byUnitsMeeting name: String) -> IndicatorID? {
        guard name.hasPrefix(unitsMeetingPrefix) else { return nil }
        return IndicatorID(rawValue: String(name.dropFirst(unitsMeetingPrefix.count)))
    }

    /// Which way a row's indicator name improves: an indicator's own direction; higher for a
    /// count of units meeting a target; nil for unknown names.
    public static func betterDirection(ofRow name: String) -> BetterDirection? {
        if counted(byUnitsMeeting: name) != nil { return .higher }
        return IndicatorID(rawValue: name)?.betterDirection
    }

    /// Orders indicator names as tables list them: known ones in declaration order, then unknown
    /// ones by name, then `units_meeting_…` in the order of the indicator they count.
    public static func sorted(_ names: some Sequence<String>) -> [String] {
        func key(_ name: String) -> (Int, Int, String) {
            if name.hasPrefix(unitsMeetingPrefix) {
                let counted = String(name.dropFirst(unitsMeetingPrefix.count))
                return (2, IndicatorID(rawValue: counted).map(position) ?? allCases.count, counted)
            }
            if let known = IndicatorID(rawValue: name) { return (0, position(known), name) }
            return (1, 0, name)
        }
        return Set(names).sorted { key($0) < key($1) }
    }

    private static func position(_ id: IndicatorID) -> Int { allCases.firstIndex(of: id) ?? allCases.count }
}
