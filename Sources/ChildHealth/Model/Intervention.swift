/// A change a scenario makes to some units from a start month: the planner's levers.
public struct Intervention: Sendable, Equatable {
    /// What the intervention changes.
    public enum Kind: Sendable, Equatable {
        /// Staff added or removed from the start month.
        case staffChange(StaffChange)
        /// An extended home-visit programme for (first-time) parents from the start month.
        case extendedProgramme(ExtendedProgramme)
        /// Barn-HLR group sessions for the families falling due from the start month.
        case barnHLR(BarnHLR)
        /// Expected births multiplied by (1 + change), for `months` months or for good.
        case birthsShock(change: Double, months: Int?)
        /// An extra relative change of expected births per year, compounding from the start.
        case birthsTrend(changePerYear: Double)
        /// A share of the selected units' listed children moves to another unit.
        case boundaryChange(toUnit: String, share: Double)
    }

    public var name: String
    public var kind: Kind
    public var selector: UnitSelector
    /// First month (0 = January of the start year) the intervention is in force.
    public var start: YearMonth
    public var logic: InterventionLogic?

    /// An intervention named `name`, changing `kind` at the units `selector` picks from `start`.
    public init(name: String, kind: Kind, selector: UnitSelector, start: YearMonth, logic: InterventionLogic? = nil) {
        self.name = name
        self.kind = kind
        self.selector = selector
        self.start = start
        self.logic = logic
    }
}
