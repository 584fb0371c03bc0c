/// Which units an intervention applies to: every criterion given must hold.
public struct UnitSelector: Sendable, Equatable {
    public var unitIDs: [String]?
    public var municipalities: [String]?
    /// Units with CNI strictly above this.
    public var cniAbove: Double?

    /// A selector by unit ids, municipalities and a CNI floor; criteria left nil are not applied.
    public init(unitIDs: [String]? = nil, municipalities: [String]? = nil, cniAbove: Double? = nil) {
        self.unitIDs = unitIDs
        self.municipalities = municipalities
        self.cniAbove = cniAbove
    }

    /// Whether `unit` matches every criterion given (no criterion: every unit).
    public func selects(_ unit: Unit) -> Bool {
        if let unitIDs, !unitIDs.contains(unit.id) { return false }
        if let municipalities, !municipalities.contains(unit.municipality) { return false }
        if let cniAbove, !(unit.cni > cniAbove) { return false }
        return true
    }
}
