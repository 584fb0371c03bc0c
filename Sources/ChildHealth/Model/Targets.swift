/// The programme's targets (Region Kronoberg's key figures). The newborns-per-FTE
/// ceiling lives in the ``CNIPolicy`` because it depends on the unit's CNI.
public struct Targets: Sendable, Equatable {
    public var newbornsPerNurse = 25.0
    public var newbornsPerDoctor = 25.0
    public var firstHomeVisit = 0.90
    public var eightMonthHomeVisit = 0.90
    public var parentGroup = 0.75
    public var epds = 0.90
    public var partnerTalk = 0.90
    /// Share of families due who took part in Barn-HLR (at the unit or with a partner
    /// organisation): no source sets one, so none unless a scenario does.
    public var barnHLR: Double?

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}
}
