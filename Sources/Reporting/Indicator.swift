/// Whether an indicator's target is a ceiling or a floor.
public enum TargetDirection: Sendable {
    /// Met when the value is at most the target (the newborns-per-FTE ceiling).
    case atMost
    /// Met when the value is at least the target (coverage shares, newborns per person).
    case atLeast

    /// The comparison sign written before a target, e.g. `≤ 45`.
    public var symbol: String { self == .atMost ? "≤" : "≥" }
}

/// What the reports know about the indicators of `results.csv`: their order in tables,
/// the direction of their targets and which are drawn as fan charts.
public enum Indicator {
    /// Unit indicators in the order tables list them; unknown indicators follow, sorted by name.
    public static let order = [
        "newborns", "newborns_per_nurse_fte", "newborns_per_nurse", "newborns_per_doctor",
        "nurse_fte_available", "nurse_utilisation", "first_home_visit", "eight_month_home_visit",
        "parent_group", "epds", "partner_talk", "ext_offered", "ext_reached", "ext_declined",
        "ext_not_offered", "ext_dropped_out",
    ]

    /// The prefix of the region rows that count units meeting a target, e.g. `units_meeting_epds`.
    public static let unitsMeetingPrefix = "units_meeting_"

    /// The one indicator whose target is a ceiling; every other target is a floor.
    public static func direction(of indicator: String) -> TargetDirection {
        indicator == "newborns_per_nurse_fte" ? .atMost : .atLeast
    }

    /// Orders indicator ids: known ones in ``order``, then unknown ones by name,
    /// then `units_meeting_…` in the order of the indicator they count.
    public static func sorted(_ indicators: some Sequence<String>) -> [String] {
        func key(_ id: String) -> (Int, Int, String) {
            if id.hasPrefix(unitsMeetingPrefix) {
                let counted = String(id.dropFirst(unitsMeetingPrefix.count))
                return (2, order.firstIndex(of: counted) ?? order.count, counted)
            }
            if let index = order.firstIndex(of: id) { return (0, index, id) }
            return (1, 0, id)
        }
        return Set(indicators).sorted { key($0) < key($1) }
    }
}
