/// One family's way through the extended home-visit programme as its registrations show it
/// (KVÅ UX273–UX278, UX284, UX293, UX294), counted where the child was connected on 31 December of
/// its birth year. Calibration fits the programme's offer, acceptance and drop-out from these.
public struct ProgrammeFamily: Sendable, Equatable {
    public var unit: String
    /// The child's year of birth.
    public var year: Int
    /// Offered the programme: a visit, a decline at the offer or leaving it registered.
    public var offered: Bool
    /// In the target group but not offered (UX293), and never offered after all.
    public var notOffered: Bool
    /// Declined at the offer (UX284).
    public var declined: Bool
    /// The highest visit number registered (UX273 = 1 … UX278 = 6), 0 for none.
    public var lastVisit: Int
    /// Left the programme of its own accord (UX294).
    public var left: Bool

    /// A family's path: `events` are what its child's registrations count.
    public init(unit: String, year: Int, events: Set<FollowUpEvent>) {
        self.unit = unit
        self.year = year
        offered = events.contains { $0.isOffered }
        notOffered = !offered && events.contains(.extendedNotOffered)
        declined = events.contains(.extendedDeclined)
        left = events.contains(.extendedLeft)
        lastVisit = events.reduce(0) { last, event in
            if case .extendedVisit(let number) = event { max(last, number) } else { last }
        }
    }

    /// Accepted the programme: offered and did not decline.
    public var accepted: Bool { offered && !declined }

    /// How many times the family stood before a visit and could have left: once before each visit
    /// up to its last one registered, and once more before the visit it left instead of having.
    /// Zero for a family that did not accept.
    public var dropOutChances: Int { accepted ? lastVisit + (left ? 1 : 0) : 0 }
}
