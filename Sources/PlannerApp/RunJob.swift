import ChildHealth
import Foundation
import ResultFormat

/// `bhvplan run`: runs a scenario, writes its result set when asked, and prints the table, the
/// CSV or the JSON.
public enum RunJob {
    /// What `run` prints.
    public enum Output: String, CaseIterable, Sendable {
        case table, csv, json
    }

    /// Loads, runs (to `precision` when given: the request's trials are then its most), writes
    /// the result set into `out` when given, and prints `output`.
    public static func perform(_ request: ScenarioRequest, out: String?, output: Output,
                               precision: PrecisionGoal? = nil) throws(CommandFailure) {
        var request = request
        if let precision { request.trials = precision.mostTrials }
        let scenario = try request.load()
        let folder = out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        let result = try RunSession.run(scenario, workers: request.workers, precision: precision)
        if let folder { try CommandFailure.writing { try RunFiles.write(result, to: folder) } }
        if output != .table, let outcome = result.precision {
            FileHandle.standardError.write(Data(("bhvplan: " + PrecisionRequest.note(outcome)).utf8))
        }
        switch output {
        case .table: print(TerminalSummary.render(result), terminator: "")
        case .csv: print(ResultRow.csv(RunFiles.resultRows(result)), terminator: "")
        case .json: print(ResultRow.json(RunFiles.resultRows(result)), terminator: "")
        }
    }
}
