/// The low and high end an uncertain assumption is set to in a sensitivity analysis, and where
/// that range comes from, so that every bar of a tornado chart can be traced.
public struct SensitivityRange: Sendable, Equatable {
    /// Where a range comes from.
    public enum Origin: Sendable, Equatable {
        /// Stated in the scenario file (`sensitivity:`).
        case scenario
        /// A source by its title (and what it says).
        case source(String)
        /// No source gives one: the value in force ± this share of it (0.2: ±20%).
        case assumption(Double)
    }

    public var low: Double
    public var high: Double
    public var origin: Origin

    /// A range from `low` to `high` (low ≤ high) with its origin.
    public init(low: Double, high: Double, origin: Origin) {
        self.low = low
        self.high = high
        self.origin = origin
    }

    /// The origin as product text prints it: "set in the scenario", "source: <title>" or
    /// "assumption: ±20%".
    public var originText: String {
        switch origin {
        case .scenario: "set in the scenario"
        case .source(let title): "source: \(title)"
        case .assumption(let share): "assumption: ±\(formatNumber(share * 100))%"
        }
    }
}
