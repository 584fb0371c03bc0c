/// One row of a connections file (Cosmic's anslutningsöversikt): a child connected to a unit from
/// one day to another, or still connected.
public struct Connection: Sendable, Equatable {
    public var child: String
    public var unit: String
    public var from: CalendarDay
    /// The last day connected; nil while still connected.
    public var to: CalendarDay?

    /// A connection of `child` to `unit` over `from`…`to`.
    public init(child: String, unit: String, from: CalendarDay, to: CalendarDay?) {
        self.child = child
        self.unit = unit
        self.from = from
        self.to = to
    }

    /// Whether the child was connected to the unit on `day`.
    public func covers(_ day: CalendarDay) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
}
