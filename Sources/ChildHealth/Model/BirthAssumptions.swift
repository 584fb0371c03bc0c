/// How newborns arrive: trend, extra year-to-year variation, and the seasonal split.
public struct BirthAssumptions: Sendable, Equatable {
    /// Which randomness the births have.
    public enum Randomness: String, Sendable, CaseIterable {
        /// Gamma–Poisson: Poisson months around an annual rate that itself varies (default).
        case negativeBinomial = "negative_binomial"
        /// Poisson months around the expected rate.
        case poisson
        /// Exactly the expected count, split over months by cumulative rounding (for checks).
        case none
    }

    /// Relative change of expected births per year (SCB: falling about 2–3% a year).
    public var trendPerYear = -0.02
    /// Coefficient of variation of a unit's annual birth rate where no history is given.
    public var rateCV = 0.05
    public var randomness = Randomness.negativeBinomial
    /// Relative weight of each month, January first; mild peak May–August (SCB).
    public var seasonality: [Double] = [0.96, 0.91, 1.00, 0.99, 1.05, 1.06, 1.09, 1.05, 1.00, 0.97, 0.94, 0.98]

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// Shares of the year's births by month, summing to one.
    public var monthShares: [Double] {
        let total = seasonality.reduce(0, +)
        return seasonality.map { $0 / total }
    }
}
