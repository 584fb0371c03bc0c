/// One assumption of the scenario model whose value is uncertain: how to read it from a scenario
/// and how to make a copy of the scenario with another value. A sensitivity analysis sets each to
/// the low and the high end of its range as a transformation of the scenario's values, never as
/// a branch in the simulation.
public struct UncertainAssumption: Sendable {
    /// The field's path in scenario files, also its key under `sensitivity:`.
    public let name: String
    /// The values the field may take (a default ±20% range is clamped to them).
    let allowed: NumberRange
    /// The range the sources give, where they give one.
    let sourceRange: SensitivityRange?
    private let read: @Sendable (Scenario) -> Double
    private let write: @Sendable (inout Scenario, Double) -> Void

    /// The share by which an assumption without a source range is varied either way.
    public static let defaultShare = 0.2

    init(_ name: String, _ allowed: NumberRange, source: (low: Double, high: Double, title: String)? = nil,
         read: @escaping @Sendable (Scenario) -> Double, write: @escaping @Sendable (inout Scenario, Double) -> Void) {
        self.name = name
        self.allowed = allowed
        sourceRange = source.map { SensitivityRange(low: $0.low, high: $0.high, origin: .source($0.title)) }
        self.read = read
        self.write = write
    }

    /// The value in force in `scenario`.
    public func value(in scenario: Scenario) -> Double { read(scenario) }

    /// A copy of `scenario` with this assumption set to `value`.
    public func applied(_ value: Double, to scenario: Scenario) -> Scenario {
        var copy = scenario
        write(&copy, value)
        return copy
    }

    /// The range used for `scenario`: the one the scenario states, else the sources', else the
    /// value in force ±20%, kept within the values the field allows.
    public func range(in scenario: Scenario) -> SensitivityRange {
        if let stated = scenario.sensitivityRanges[name] {
            return SensitivityRange(low: stated.lowerBound, high: stated.upperBound, origin: .scenario)
        }
        if let sourceRange { return sourceRange }
        let value = value(in: scenario)
        let share = Self.defaultShare
        return SensitivityRange(low: allowed.clamped(value * (1 - share)), high: allowed.clamped(value * (1 + share)),
                                origin: .assumption(share))
    }
}

extension NumberRange {
    /// The nearest allowed value to `value`.
    func clamped(_ value: Double) -> Double {
        guard !contains(value) else { return value }
        if value < lower { return lowerOpen ? lower.nextUp : lower }
        return upperOpen ? upper.nextDown : upper
    }
}
