import MonteCarlo

/// One indicator as the registrations show it for one unit and year.
public struct Observation: Sendable, Equatable {
    public var unit: String
    public var year: Int
    public var indicator: Indicator
    public var value: Double
    /// The newborns connected to the unit on 31 December of the year: the denominator of a share,
    /// the children behind a count.
    public var children: Int
    /// The target, nil where the indicator has none.
    public var threshold: Threshold?

    /// An observation of `indicator` for `unit` in `year`.
    public init(unit: String, year: Int, indicator: Indicator, value: Double, children: Int, threshold: Threshold?) {
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.value = value
        self.children = children
        self.threshold = threshold
    }

    /// Whether the value meets its target; nil where there is none.
    public var meetsTarget: Bool? { threshold?.isMet(by: value) }
}
