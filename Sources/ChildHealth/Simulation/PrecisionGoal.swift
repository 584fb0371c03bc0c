import MonteCarlo

/// `--precision`: run blocks of trials until the Monte Carlo standard error of every reported
/// probability of meeting a target (or of the chosen indicators') is at most ``precision``, or
/// ``mostTrials`` are run. The result is the one a run of the trials it took gives.
public struct PrecisionGoal: Sendable, Equatable {
    /// The largest standard error of `p_meet` allowed, e.g. 0.01.
    public var precision: Double
    /// Trials at most; the run stops there even if the precision is not reached.
    public var mostTrials: Int
    /// The indicators whose `p_meet` must be that precise; nil for every targeted one.
    public var indicators: [Indicator]?

    /// The first stage: ten blocks, enough for a first estimate of the errors by batch means.
    static let firstStage = 2_000

    /// A goal of `precision` within `mostTrials` trials, for `indicators` (nil: all).
    public init(precision: Double, mostTrials: Int, indicators: [Indicator]? = nil) {
        self.precision = precision
        self.mostTrials = mostTrials
        self.indicators = indicators
    }

    /// The largest standard error of `p_meet` among the cells the goal watches: those with a
    /// target, defined in some trial, of a chosen indicator. Infinite while a watched cell has
    /// no estimate yet (one block).
    func largestError(_ cells: [CellLayout.Cell], _ aggregates: [CellAggregate]) -> Double {
        var largest = 0.0
        for (cell, aggregate) in zip(cells, aggregates) where cell.threshold != nil && aggregate.count > 0 && watches(cell.measure) {
            let error = aggregate.probabilityMetStandardError
            largest = max(largest, error.isNaN ? .infinity : error)
        }
        return largest
    }

    /// The trials to run in all after `done` left `largest` as the largest error: as many as the
    /// error shrinking with √n asks for, at least one more block and at most twice as many.
    func nextTrials(done: Int, largest: Double) -> Int? {
        guard largest > precision else { return nil }
        let wanted = largest.isFinite ? Double(done) * (largest / precision) * (largest / precision) : Double(2 * done)
        return Int(min(Double(2 * done), wanted.rounded(.up)))
    }

    private func watches(_ measure: CellKey.Measure) -> Bool {
        guard let indicators else { return true }
        guard case .indicator(let indicator) = measure else { return false }
        return indicators.contains(indicator)
    }
}
