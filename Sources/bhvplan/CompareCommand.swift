import ArgumentParser
import ChildHealth
import Foundation
import Reporting

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios with a base on common random numbers (same births and absences in each).",
        discussion: """
            Every scenario runs in the same trials with the base's seed, so a difference reflects the \
            scenarios and not luck. The scenarios must have the same units (by id), start year and horizon.
            """)

    @Argument(help: "The base scenario (YAML).")
    var base: String

    @Argument(help: "One or more scenarios to compare with the base.")
    var others: [String]

    @Option(help: "Number of Monte Carlo trials (default: the base scenario's).")
    var trials: Int?

    @Option(help: "Random seed for every scenario (default: the base scenario's).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: the number of cores). Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Folder to write comparison.csv and comparison.json into.")
    var out: String?

    func validate() throws {
        if others.isEmpty { throw ValidationError("give at least one scenario to compare with the base") }
        try ScenarioOptions.validateTrials(trials)
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
    }

    func run() throws {
        var overrides: [String] = []
        if let trials { overrides += ["--trials", String(trials)] }
        if let seed { overrides += ["--seed", String(seed)] }
        let baseScenario = try ScenarioOptions.parse([base] + overrides).load()
        let otherScenarios = try others.map { try ScenarioOptions.parse([$0]).load() }
        let folder = out.map { URL(fileURLWithPath: $0) }
        if let folder { try failing { try AtomicFileWriter.prepareFolder(folder) } }

        try RunSession.stopIfInterrupted()
        let progress = isatty(STDERR_FILENO) == 1 ? ProgressLine(label: "compare") : nil
        var report: (@Sendable (Int, Int) -> Void)?
        if let progress { report = { done, total in progress.update(done: done, of: total) } }
        let result: ScenarioComparison?
        do {
            result = try Comparison.run(base: baseScenario, others: otherScenarios, workers: workers,
                                        progress: report, isCancelled: RunSession.isCancelled)
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(2)
        }
        progress?.finish()
        guard let result else { throw RunSession.interrupted("during the comparison") }
        if let folder { try failing { try ComparisonFiles.write(result, to: folder) } }
        print(ComparisonSummary.render(result), terminator: "")
    }
}
