/// Names one output cell of a run: a unit or the region, a calendar year, and what is measured.
public struct CellKey: Hashable, Sendable {
    /// Where the value is measured.
    public enum Place: Hashable, Sendable {
        case unit(String)
        /// The region: sums or pooled values over its units.
        case region
    }

    /// What the value is.
    public enum Measure: Hashable, Sendable {
        /// An indicator's value (for the region, summed or pooled over units).
        case indicator(Indicator)
        /// The number of units meeting this indicator's target (region cells only).
        case unitsMeeting(Indicator)
    }

    public var place: Place
    public var year: Int
    public var measure: Measure

    /// The cell of `measure` at `place` in calendar year `year`.
    public init(place: Place, year: Int, measure: Measure) {
        self.place = place
        self.year = year
        self.measure = measure
    }

    /// A unit's indicator in a year.
    public static func unit(_ id: String, _ year: Int, _ indicator: Indicator) -> CellKey {
        CellKey(place: .unit(id), year: year, measure: .indicator(indicator))
    }

    /// Which way the cell improves: its indicator's way; more units meeting a target is better.
    var betterDirection: ComparisonDirection? {
        switch measure {
        case .indicator(let indicator): indicator.betterDirection
        case .unitsMeeting: .higherIsBetter
        }
    }
}
