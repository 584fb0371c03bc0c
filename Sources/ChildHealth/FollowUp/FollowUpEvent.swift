/// What a registered code or keyword counts for the follow-up: an activity of the programme done,
/// a step of the extended programme, a Barn-HLR outcome, or nothing the planner follows.
public enum FollowUpEvent: Sendable, Hashable, CustomStringConvertible {
    case activity(Activity)
    /// Extended home visit number 1, 2, … made (KVÅ UX273–UX278).
    case extendedVisit(Int)
    /// The family declined the extended programme at the offer (UX284).
    case extendedDeclined
    /// The family, in the target group, was not offered the programme (UX293).
    case extendedNotOffered
    /// The family left the programme: moved away or declined further visits (UX294).
    case extendedLeft
    /// Barn-HLR for guardians (UX550–UX554); the planner does not project it yet.
    case barnHLR(BarnHLROutcome)
    /// A code the region registers that the follow-up does not count (vaccinations, …), named
    /// in the map so that it is not reported as unmapped.
    case ignored

    /// Barn-HLR outcomes as the VGR codes name them.
    public enum BarnHLROutcome: String, Sendable, CaseIterable {
        case notOffered = "not_offered", offered, tookPart = "took_part", declined, partner
    }

    /// Most extended visits a code map may name.
    public static let maxVisits = 12

    /// Every name a code map may use, in the order messages list them.
    public static var names: [String] {
        Activity.familyActivities.map(\.rawValue) + ["ext_visit_1 … ext_visit_\(maxVisits)", "ext_declined", "ext_not_offered", "ext_left"]
            + BarnHLROutcome.allCases.map { "barn_hlr_" + $0.rawValue } + ["ignore"]
    }

    /// The event a code map names, e.g. `first_home_visit`, `ext_visit_3`, `barn_hlr_took_part`, `ignore`.
    public init?(name: String) {
        if let activity = Activity(rawValue: name), Activity.familyActivities.contains(activity) {
            self = .activity(activity)
        } else if name.hasPrefix("ext_visit_"), let number = Int(name.dropFirst("ext_visit_".count)), (1...Self.maxVisits).contains(number) {
            self = .extendedVisit(number)
        } else if name.hasPrefix("barn_hlr_"), let outcome = BarnHLROutcome(rawValue: String(name.dropFirst("barn_hlr_".count))) {
            self = .barnHLR(outcome)
        } else {
            switch name {
            case "ext_declined": self = .extendedDeclined
            case "ext_not_offered": self = .extendedNotOffered
            case "ext_left": self = .extendedLeft
            case "ignore": self = .ignored
            default: return nil
            }
        }
    }

    /// The name a code map gives the event.
    public var description: String {
        switch self {
        case .activity(let activity): activity.rawValue
        case .extendedVisit(let number): "ext_visit_\(number)"
        case .extendedDeclined: "ext_declined"
        case .extendedNotOffered: "ext_not_offered"
        case .extendedLeft: "ext_left"
        case .barnHLR(let outcome): "barn_hlr_" + outcome.rawValue
        case .ignored: "ignore"
        }
    }
}
