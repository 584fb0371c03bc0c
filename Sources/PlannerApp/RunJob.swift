import CSVText
import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// `bhvplan run`: runs a scenario, writes its result set when asked, and prints the table, the
/// CSV or the JSON.
public enum RunJob {
    /// What `run` prints, or writes besides: `xlsx` prints the table and adds results.xlsx to the
    /// result set in `--out`.
    public enum Output: String, CaseIterable, Sendable {
        case table, csv, json, xlsx
    }

    /// Loads, runs (to `precision` when given: the request's trials are then its most), writes
    /// the result set into `out` when given (with the workbook in `language` for `xlsx`, CSV in
    /// `csvDialect`), and prints `output` (the table's numbers in `language`, CSV in
    /// `csvDialect`); progress on stderr unless `quiet`.
    public static func perform(_ request: ScenarioRequest, out: String?, output: Output, language: ReportLanguage = .en,
                               csvDialect: CSVDialect = .tidy, quiet: Bool = false,
                               precision: PrecisionGoal? = nil) throws(CommandFailure) {
        var request = request
        if let precision { request.trials = precision.mostTrials }
        let scenario = try request.load()
        let folder = out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        let result = try RunSession.run(scenario, workers: request.workers, quiet: quiet, precision: precision)
        try finish(result, folder: folder, output: output, language: language, csvDialect: csvDialect)
    }

    /// Writes `result`'s set into `folder` when given and prints `output`: the end of `run`, and
    /// of `merge` of a sharded run.
    static func finish(_ result: RunResult, folder: URL?, output: Output, language: ReportLanguage,
                       csvDialect: CSVDialect) throws(CommandFailure) {
        if let folder {
            try CommandFailure.writing {
                try RunFiles.write(result, to: folder, style: ResultFileStyle(csvDialect: csvDialect, workbook: output == .xlsx ? language : nil))
            }
        }
        if output != .table, let outcome = result.precision {
            FileHandle.standardError.write(Data(("bhvplan: " + PrecisionRequest.note(outcome)).utf8))
        }
        switch output {
        case .table, .xlsx: print(TerminalSummary.render(result, language: language), terminator: "")
        case .csv: print(ResultRow.csv(RunFiles.resultRows(result), dialect: csvDialect), terminator: "")
        case .json: print(ResultRow.json(RunFiles.resultRows(result)), terminator: "")
        }
    }
}
