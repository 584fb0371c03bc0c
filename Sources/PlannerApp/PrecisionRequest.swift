import ChildHealth
import ResultFormat

/// `run --precision P [--max-trials N] [--precision-targets ids]`: what a command line asks of a
/// run to a precision, checked, and what the run tells the user at the end.
public enum PrecisionRequest {
    /// The most trials when `--max-trials` is not given.
    public static let defaultMostTrials = 100_000

    /// The goal of these options, or what is wrong with them (exit status 64 for a bad value, as
    /// for `--trials`; 2 for an unknown indicator).
    public static func goal(precision: Double, mostTrials: Int?, targets: String?) throws(CommandFailure) -> PrecisionGoal {
        guard precision > 0, precision < 0.5 else {
            throw CommandFailure("bhvplan: --precision must be a standard error above 0 and below 0.5, e.g. 0.01 (got \(precision))", status: 64)
        }
        let most = mostTrials ?? defaultMostTrials
        if let problem = ScenarioRequest.trialsProblem(most) {
            throw CommandFailure("bhvplan: \(problem.replacingOccurrences(of: "--trials", with: "--max-trials"))", status: 64)
        }
        return PrecisionGoal(precision: precision, mostTrials: most, indicators: try targets.map(indicators))
    }

    /// The targeted indicators of a comma-separated list of ids, each once.
    static func indicators(_ list: String) throws(CommandFailure) -> [Indicator] {
        try IndicatorList.parse(list, option: "--precision-targets", allowed: Indicator.targeted) { _ in
            "is not an indicator with a target"
        }
    }

    /// One line saying how many trials the run took and whether the precision was reached.
    public static func note(_ outcome: PrecisionOutcome) -> String {
        let watched = outcome.goal.indicators.map { " of " + $0.map(\.id).joined(separator: ", ") } ?? ""
        let precision = NumberFormat.string(outcome.goal.precision)
        let largest = NumberFormat.string(outcome.largestError)
        if outcome.isReached {
            return "Ran \(outcome.trials) trials: every p_meet\(watched) has a standard error of at most \(precision) (largest \(largest)).\n"
        }
        return "Stopped at --max-trials \(outcome.trials): the largest standard error of a p_meet\(watched) is \(largest), above \(precision).\n"
    }
}
