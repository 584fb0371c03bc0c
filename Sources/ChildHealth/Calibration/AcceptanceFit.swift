/// The share of families that accept an activity, fitted from the unit-years where the nurses'
/// hours were ample, so that what the hours could not cover is not taken for refusal.
///
/// A unit-year counts as ample when its newborns per nurse FTE (from the staffing report) are at
/// most ``ampleShareOfCeiling`` of its CNI-adjusted ceiling: there the model's nurses have hours
/// for every family that accepts, and the coverage estimates the acceptance. The estimate pools
/// those unit-years: families with the activity ÷ newborns, a binomial proportion with standard
/// error √(p(1 − p)/n). Unit-years without a staffing report are left out.
public struct AcceptanceFit: Sendable, Equatable {
    public var activity: Activity
    public var acceptance: Double
    public var standardError: Double
    /// Newborns and unit-years pooled.
    public var children: Int
    public var unitYears: Int

    /// Most newborns per nurse FTE, as a share of the unit's ceiling, at which a unit-year counts
    /// as having ample hours. An assumption: at the default workload standards a unit at its
    /// ceiling uses about 90% of its programme hours, and months of vacation take the rest.
    public static let ampleShareOfCeiling = 0.8

    /// The fit of `activity` to `observations` (those of one region); nil when no unit-year with
    /// a staffing report was ample and had newborns.
    public init?(_ activity: Activity, observations: [Observation]) {
        guard let indicator = Indicator(coverageOf: activity) else { return nil }
        var load: [UnitYearKey: Bool] = [:]
        for observation in observations where observation.indicator == .newbornsPerNurseFTE {
            guard let ceiling = observation.threshold?.bound else { continue }
            load[UnitYearKey(observation)] = observation.value <= Self.ampleShareOfCeiling * ceiling
        }
        var done = 0, children = 0, unitYears = 0
        for observation in observations where observation.indicator == indicator && observation.children > 0 {
            guard load[UnitYearKey(observation)] == true else { continue }
            done += Int((observation.value * Double(observation.children)).rounded())
            children += observation.children
            unitYears += 1
        }
        guard children > 0 else { return nil }
        self.activity = activity
        acceptance = Double(done) / Double(children)
        standardError = (acceptance * (1 - acceptance) / Double(children)).squareRoot()
        self.children = children
        self.unitYears = unitYears
    }
}

/// A unit in a year, as observations name them.
struct UnitYearKey: Hashable {
    var unit: String
    var year: Int
    init(_ observation: Observation) { unit = observation.unit; year = observation.year }
}
