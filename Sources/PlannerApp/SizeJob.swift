import CSVText
import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// `bhvplan size`: staffing advice per unit to a confidence level, written when asked, and
/// optionally a budget of extra FTE spread over the units.
public enum SizeJob {
    /// `targets` is the comma-separated `--targets` list (nil: the default targets); `format` `xlsx`
    /// adds staffing.xlsx in `language` to the set in `out`, whose CSV is in `csvDialect`; progress
    /// (units sized) on stderr unless `quiet`.
    public static func perform(_ scenarioRequest: ScenarioRequest, confidence: Double, year: Int?, targets: String?,
                               maxPersons: Int, out: String?, budgetFTE: Double?, format: SummaryFormat = .table,
                               language: ReportLanguage = .en, csvDialect: CSVDialect = .tidy,
                               quiet: Bool = false) throws(CommandFailure) {
        let scenario = try scenarioRequest.load()
        var request = SizingRequest(confidence: confidence, year: year, maxPersons: maxPersons, workers: scenarioRequest.workers)
        if let targets { request.targets = try SizingTargets.parse(targets) }
        request.isCancelled = RunSession.isCancelled
        let progress = ProgressLine.unlessQuiet(quiet, label: "size \(scenario.name)", unit: "units")
        if let progress { request.progress = { done, total in progress.update(done: done, of: total) } }
        let folder = out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        try RunSession.stopIfInterrupted()  // and from here on SIGINT/SIGTERM stop the sizing cleanly
        let report: SizingReport
        let allocation: BudgetAllocation?
        do {
            report = try Sizing.advise(scenario, request: request)
            allocation = try budgetFTE.map { budget throws(SizingProblem) in
                try Sizing.allocate(budgetFTE: budget, in: scenario, request: request)
            }
        } catch where error.interrupted {
            throw RunSession.interrupted("during the sizing of '\(scenario.name)'")
        } catch {
            throw CommandFailure("bhvplan: \(error.description)", status: 2)
        }
        progress?.finish()
        if let folder {
            try CommandFailure.writing {
                try SizingFiles.write(report, to: folder, style: ResultFileStyle(csvDialect: csvDialect, workbook: format == .xlsx ? language : nil))
            }
        }
        print(SizingSummary.render(report), terminator: "")
        if let allocation { print(SizingSummary.render(allocation), terminator: "") }
    }
}
