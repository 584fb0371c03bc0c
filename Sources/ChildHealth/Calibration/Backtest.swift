import MonteCarlo

/// How well the planner would have projected what was registered: for each year t, the scenario is
/// calibrated on the years before t (``Calibration``), t is projected, and each observation of t
/// is placed in its projected distribution.
///
/// A projection that knows its uncertainty puts about 90% of the observations inside its P5–P95
/// and spreads their percentiles evenly over the ten bins of the histogram.
public struct Backtest: Sendable {
    /// One observation beside its projection.
    public struct Comparison: Sendable, Equatable {
        public var unit: String
        public var year: Int
        public var indicator: Indicator
        public var observed: Double
        public var mean: Double
        public var p05: Double
        public var p95: Double
        /// Where the observation falls in the projected distribution, 0–1 (mid-rank on ties).
        public var percentile: Double

        /// Whether the observation lies inside the projected P5–P95.
        public var isInside: Bool { p05 <= observed && observed <= p95 }
    }

    /// The comparisons of one year and indicator, or of all years or all indicators (nil).
    public struct Summary: Sendable, Equatable {
        public var year: Int?
        public var indicator: Indicator?
        public var observations: Int
        /// Share of the observations inside the projected P5–P95.
        public var inside: Double
        public var meanAbsoluteError: Double
        /// Observations by their percentile: 0–10%, 10–20%, …, 90–100%.
        public var histogram: [Int]

        init(year: Int?, indicator: Indicator?, _ comparisons: [Comparison]) {
            self.year = year
            self.indicator = indicator
            observations = comparisons.count
            let count = Double(max(1, comparisons.count))
            inside = Double(comparisons.count { $0.isInside }) / count
            meanAbsoluteError = comparisons.reduce(0) { $0 + abs($1.observed - $1.mean) } / count
            var bins = Array(repeating: 0, count: 10)
            for comparison in comparisons { bins[min(9, Int(comparison.percentile * 10))] += 1 }
            histogram = bins
        }
    }

    /// The indicators compared: those both the registrations and the model give.
    public static let indicators: [Indicator] = [.newborns, .newbornsPerNurseFTE, .newbornsPerNurse, .newbornsPerDoctor]
        + Activity.familyActivities.compactMap(Indicator.init(coverageOf:))

    public var comparisons: [Comparison]
    /// The calibration each year was projected with.
    public var calibrations: [Int: Calibration]

    /// Backtests `scenario` on `observations` (and the extended programme's `families`) over
    /// `years`, each year run with `trials` trials of the scenario's seed on `workers` threads. Nil
    /// when `isCancelled` stopped a run.
    public init?(scenario: Scenario, observations: [Observation], programme families: [ProgrammeFamily] = [], years: ClosedRange<Int>,
                 trials: Int, workers: Int, isCancelled: (@Sendable () -> Bool)? = nil) {
        var comparisons: [Comparison] = []
        var calibrations: [Int: Calibration] = [:]
        for year in years {
            let calibration = Calibration(observations, programme: families, before: year)
            calibrations[year] = calibration
            var projection = calibration.projection(of: scenario, year: year)
            projection.trials = trials
            guard let run = Planner.run(projection, workers: workers, isCancelled: isCancelled) else { return nil }
            for observation in observations where observation.year == year && Self.indicators.contains(observation.indicator) {
                guard let aggregate = run.aggregate(unit: observation.unit, year: year, indicator: observation.indicator),
                      aggregate.count > 0 else { continue }
                comparisons.append(Comparison(unit: observation.unit, year: year, indicator: observation.indicator,
                                              observed: observation.value, mean: aggregate.mean, p05: aggregate.quantile(0.05),
                                              p95: aggregate.quantile(0.95), percentile: Self.percentile(of: observation.value, in: aggregate)))
            }
        }
        self.comparisons = comparisons
        self.calibrations = calibrations
    }

    /// Per year and indicator, then per year over all indicators, then every year over each
    /// indicator, then everything.
    public var summaries: [Summary] {
        let years = Array(Set(comparisons.map(\.year))).sorted()
        var summaries: [Summary] = []
        for year in years {
            let ofYear = comparisons.filter { $0.year == year }
            for indicator in Self.indicators {
                let these = ofYear.filter { $0.indicator == indicator }
                if !these.isEmpty { summaries.append(Summary(year: year, indicator: indicator, these)) }
            }
            summaries.append(Summary(year: year, indicator: nil, ofYear))
        }
        for indicator in Self.indicators {
            let these = comparisons.filter { $0.indicator == indicator }
            if !these.isEmpty { summaries.append(Summary(year: nil, indicator: indicator, these)) }
        }
        summaries.append(Summary(year: nil, indicator: nil, comparisons))
        return summaries
    }

    /// The mid-rank of `value` in the distribution the aggregate's quantiles describe: halfway
    /// between the share of trials below it and the share at or below it.
    static func percentile(of value: Double, in aggregate: CellAggregate) -> Double {
        func share(_ below: (Double) -> Bool) -> Double {
            var low = 0.0, high = 1.0
            if !below(aggregate.quantile(0)) { return 0 }
            if below(aggregate.quantile(1)) { return 1 }
            for _ in 0..<40 {
                let middle = (low + high) / 2
                if below(aggregate.quantile(middle)) { low = middle } else { high = middle }
            }
            return (low + high) / 2
        }
        return (share { $0 < value } + share { $0 <= value }) / 2
    }
}
