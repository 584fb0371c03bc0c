import ArgumentParser
import ChildHealth
import Foundation
import Reporting
import Synchronization

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run every scenario in a folder and write one report per scenario plus an overview.",
        discussion: "Exit status 0 when every scenario ran, 1 when any failed (the others are still reported), 130 when interrupted.")

    @Argument(help: "Folder of scenario files (*.yaml).")
    var scenarioDirectory: String = "Scenarios"

    @Option(help: "Folder for the reports.")
    var out: String = "Reports"

    @OptionGroup var report: ReportOptions

    @Option(help: "Trials for every scenario (default: each scenario's own).")
    var trials: Int?

    @Option(help: "Worker threads. Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        try ScenarioOptions.validateTrials(trials)
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
    }

    func run() throws {
        try RunSession.stopIfInterrupted()
        let terminal = isatty(STDERR_FILENO) == 1
        let batch = Batch(formats: report.format.formats, language: report.lang, workers: workers, trials: trials)
        let progress = ScenarioProgress()
        var outcome: Batch.Outcome?
        try failing {
            outcome = try batch.run(
                folder: URL(fileURLWithPath: scenarioDirectory), output: URL(fileURLWithPath: out),
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
                        if let error {
                            print("\(file): FAILED\n\(error)")
                        } else {
                            print("\(file): done")
                        }
                    case .warning(let message):
                        FileHandle.standardError.write(Data("bhvplan: \(message)\n".utf8))
                    }
                },
                trialProgress: { progress.update(done: $0, of: $1) },
                isCancelled: RunSession.isCancelled)
        }
        guard let outcome else { throw ExitCode(1) }
        for file in outcome.overview { print(file.path) }
        if outcome.interrupted {
            throw RunSession.interrupted(
                "after \(outcome.succeeded.count + outcome.failed.count) scenarios",
                leaving: "the scenario under way was not written and its earlier report is unchanged")
        }
        print("\(outcome.succeeded.count) scenarios reported, \(outcome.failed.count) failed")
        if !outcome.failed.isEmpty { throw ExitCode(1) }
    }
}

/// The progress line of the scenario under way, shared with the runner's worker threads.
final class ScenarioProgress: Sendable {
    private let line = Mutex<ProgressLine?>(nil)

    func start(_ progress: ProgressLine) { line.withLock { $0 = progress } }

    func update(done: Int, of total: Int) { line.withLock { $0?.update(done: done, of: total) } }

    func finish() { line.withLock { $0?.finish(); $0 = nil } }
}
