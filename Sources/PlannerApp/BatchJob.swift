import CSVText
import Foundation
import Reporting
import Synchronization

/// `bhvplan batch`: runs every scenario of a folder into one report each plus an overview,
/// telling on stdout how each went (a progress line on stderr when it is a terminal).
public enum BatchJob {
    /// Runs the batch (with workbooks when `workbook`, CSV files in `csvDialect`, each scenario's
    /// sensitivity analysis when `sensitivity`); exit status 1 when any scenario failed, 130/143
    /// when interrupted.
    public static func perform(scenarioFolder: String, out: String, formats: Set<ReportFormat>, language: ReportLanguage,
                               workbook: Bool = false, csvDialect: CSVDialect = .tidy, templateFolder: String? = nil,
                               trials: Int?, seed: UInt64?, workers: Int, sensitivity: Bool = false) throws(CommandFailure) {
        let templates = try ReportJob.loadTemplates(templateFolder)
        try RunSession.stopIfInterrupted()
        let terminal = isatty(STDERR_FILENO) == 1
        var batch = Batch(formats: formats, language: language, workbook: workbook, csvDialect: csvDialect, templates: templates,
                          workers: workers, trials: trials, seed: seed)
        batch.sensitivity = sensitivity
        let progress = ScenarioProgress()
        let outcome: Batch.Outcome
        do {
            outcome = try batch.run(
                folder: URL(fileURLWithPath: scenarioFolder), output: URL(fileURLWithPath: out),
                events: { event in
                    switch event {
                    case .started(let file, let index, let count):
                        if terminal {
                            progress.start(ProgressLine(label: "[\(index + 1)/\(count)] \(file)"))
                        } else {
                            print("[\(index + 1)/\(count)] \(file): running")
                        }
                    case .finished(let file, let error):
                        progress.finish()
                        print(error.map { "\(file): FAILED\n\($0)" } ?? "\(file): done")
                    case .warning(let message):
                        FileHandle.standardError.write(Data("bhvplan: \(message)\n".utf8))
                    }
                },
                trialProgress: { progress.update(done: $0, of: $1) },
                isCancelled: RunSession.isCancelled)
        } catch let problems as BatchProblems {
            throw CommandFailure(problems.description, status: 2)
        } catch {
            throw CommandFailure("bhvplan: \(error)", status: 1)
        }
        for file in outcome.overview { print(file.path) }
        if outcome.interrupted {
            throw RunSession.interrupted(
                "after \(outcome.succeeded.count + outcome.failed.count) scenarios",
                leaving: "the scenario under way was not written and its earlier report is unchanged, and so is the overview")
        }
        print("\(outcome.succeeded.count) scenarios reported, \(outcome.failed.count) failed")
        if !outcome.failed.isEmpty { throw CommandFailure("", status: 1) }
    }
}
