import ArgumentParser
import ChildHealth
import PlannerApp

/// `run`'s options for running until the probabilities are as precise as asked.
struct PrecisionOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Add blocks of trials until every p_meet has a Monte Carlo standard error of at most this, e.g. 0.01; says how many trials it took.",
        valueName: "standard-error"))
    var precision: Double?

    @Option(parsing: .unconditional, help: "With --precision: stop at this many trials even if the precision is not reached (default: \(PrecisionRequest.defaultMostTrials)).")
    var maxTrials: Int?

    @Option(help: ArgumentHelp("With --precision: only these indicators' p_meet must be that precise (comma-separated ids, e.g. first_home_visit).",
                               valueName: "ids"))
    var precisionTargets: String?

    /// The goal asked for, nil without --precision.
    func goal(trials: Int?) throws(CommandFailure) -> PrecisionGoal? {
        guard let precision else {
            if maxTrials != nil || precisionTargets != nil {
                throw CommandFailure("bhvplan: --max-trials and --precision-targets need --precision", status: 64)
            }
            return nil
        }
        if trials != nil {
            throw CommandFailure("bhvplan: --trials and --precision exclude each other: --precision chooses the trials (bound them with --max-trials)", status: 64)
        }
        return try PrecisionRequest.goal(precision: precision, mostTrials: maxTrials, targets: precisionTargets)
    }
}
