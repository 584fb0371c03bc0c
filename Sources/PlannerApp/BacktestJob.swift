import ChildHealth
import Foundation
import ResultFormat

/// `bhvplan backtest`: for each year, the scenario calibrated on the years before it projects the
/// year, and what was registered is placed in the projection (``Backtest``): share inside P5–P95,
/// mean absolute error of the means, and the histogram of the observations' percentiles, printed
/// and with `--out` written as `backtest.csv`.
public enum BacktestJob {
    /// What `bhvplan backtest` is given.
    public struct Options: Sendable {
        public var request: ScenarioRequest
        /// A follow-up folder (see ``FollowUpFolder``).
        public var observed: String
        /// The years to project; nil: every observed year with two observed years before it.
        public var years: ClosedRange<Int>?
        public var out: String?

        public init(request: ScenarioRequest, observed: String, years: ClosedRange<Int>?, out: String?) {
            self.request = request
            self.observed = observed
            self.years = years
            self.out = out
        }
    }

    /// Trials per projected year unless `--trials` says otherwise.
    public static let defaultTrials = 500

    public static func perform(_ options: Options) throws(CommandFailure) {
        let folder = options.out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        var request = options.request
        request.trials = request.trials ?? defaultTrials
        let scenario = try request.load()
        let count = try FollowUpFolder.count(options.observed, scenario: scenario)
        let observedYears = Set(count.observations.map(\.year)).sorted()
        guard let first = observedYears.first, let last = observedYears.last, first + 2 <= last else {
            throw CommandFailure("bhvplan: \(options.observed): the follow-up has \(observedYears.count) year\(observedYears.count == 1 ? "" : "s") "
                                 + "(allowed: at least three, as each year projected is calibrated on two or more before it)", status: 2)
        }
        let allowed = first + 2...last
        let years = options.years ?? allowed
        guard allowed.contains(years.lowerBound), allowed.contains(years.upperBound) else {
            throw CommandFailure("bhvplan: --years \(years.lowerBound)-\(years.upperBound): the follow-up has \(first)–\(last), so "
                                 + "the years with two observed years before them are \(allowed.lowerBound)-\(allowed.upperBound) "
                                 + "(allowed: a period inside those)", status: 2)
        }
        guard let backtest = Backtest(scenario: scenario, observations: count.observations, programme: count.programmeFamilies, years: years, trials: scenario.trials,
                                      workers: request.workers, isCancelled: RunSession.isCancelled) else {
            throw RunSession.interrupted("during the backtest")
        }
        if let folder {
            try CommandFailure.writing {
                try ResultSetWriter.write([(ResultFiles.backtest, BacktestRow.csv(rows(backtest, scenario: scenario.name)))], as: .backtest, into: folder)
            }
        }
        print(table(backtest, scenario: scenario), terminator: "")
    }

    /// The rows of `backtest.csv`: `all` for the rows over every year or indicator.
    static func rows(_ backtest: Backtest, scenario: String) -> [BacktestRow] {
        backtest.summaries.map { summary in
            BacktestRow(scenario: scenario, year: summary.year, indicator: summary.indicator?.id ?? BacktestRow.all,
                        observations: summary.observations, inside: summary.inside, meanAbsoluteError: summary.meanAbsoluteError,
                        histogram: summary.histogram)
        }
    }

    /// The summaries as the terminal shows them, with the calibration of each year.
    static func table(_ backtest: Backtest, scenario: Scenario) -> String {
        let header = ["year", "indicator", "n", "inside P5–P95", "MAE", "percentiles 0–10 … 90–100%"]
        let rows = backtest.summaries.map { summary in
            [summary.year.map(String.init) ?? "all", summary.indicator?.id ?? "all", String(summary.observations),
             String(format: "%.0f%%", summary.inside * 100), TerminalTable.short(summary.meanAbsoluteError),
             summary.histogram.map(String.init).joined(separator: " ")]
        }
        let calibrations = backtest.calibrations.keys.sorted().map { year in
            let values = backtest.calibrations[year]!.values(in: scenario).map { "\($0.field) \($0.text) (SE \(FittedValue.short($0.standardError)))" }
            return "\(year) projected with \(values.joined(separator: ", "))\n"
        }
        return TerminalTable.aligned([header] + rows)
            + "Each year calibrated on the years before it and projected with \(scenario.trials) trials, seed \(scenario.seed). "
            + "A projection that knows its uncertainty has about 90% inside P5–P95 and a flat histogram.\n"
            + calibrations.joined()
    }
}
