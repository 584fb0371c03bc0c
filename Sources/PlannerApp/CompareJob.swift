import CSVText
import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// `bhvplan compare`: runs scenarios side by side with a base on common random numbers, writes
/// the comparison when asked, and prints the summary.
public enum CompareJob {
    /// `base` carries the overrides (trials, seed, workers) that every scenario runs with; `format`
    /// `xlsx` adds comparison.xlsx in `language` to the set in `out`, whose CSV is in `csvDialect`;
    /// progress on stderr unless `quiet`.
    public static func perform(base: ScenarioRequest, others: [String], out: String?, format: SummaryFormat = .table,
                               language: ReportLanguage = .en, csvDialect: CSVDialect = .tidy,
                               quiet: Bool = false) throws(CommandFailure) {
        let baseScenario = try base.load()
        let otherScenarios = try others.map { path throws(CommandFailure) in try ScenarioRequest(path: path, workers: base.workers).load() }
        let folder = out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        try RunSession.stopIfInterrupted()
        let progress = ProgressLine.unlessQuiet(quiet, label: "compare")
        var report: (@Sendable (Int, Int) -> Void)?
        if let progress { report = { done, total in progress.update(done: done, of: total) } }
        let comparison: ScenarioComparison?
        do throws(ComparisonMismatch) {
            comparison = try Comparison.run(base: baseScenario, others: otherScenarios, workers: base.workers,
                                            progress: report, isCancelled: RunSession.isCancelled)
        } catch {
            throw CommandFailure(error.description, status: 2)
        }
        progress?.finish()
        guard let comparison else { throw RunSession.interrupted("during the comparison") }
        try finish(comparison, folder: folder, format: format, language: language, csvDialect: csvDialect)
    }

    /// Writes the comparison's set into `folder` when given and prints its summary: the end of
    /// `compare`, and of `merge` of a sharded comparison.
    static func finish(_ comparison: ScenarioComparison, folder: URL?, format: SummaryFormat, language: ReportLanguage,
                       csvDialect: CSVDialect) throws(CommandFailure) {
        if let folder { try CommandFailure.writing {
            try ComparisonFiles.write(comparison, to: folder,
                                      style: ResultFileStyle(csvDialect: csvDialect, workbook: format == .xlsx ? language : nil))
        } }
        print(ComparisonSummary.render(comparison), terminator: "")
    }
}
