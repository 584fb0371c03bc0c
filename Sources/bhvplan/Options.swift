import ArgumentParser
import Foundation
import PlannerApp
import Reporting

/// The simulation options every command that runs scenarios shares.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Number of Monte Carlo trials (default: the scenario's).")
    var trials: Int?

    @Option(help: "Random seed (default: the scenario's).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: the number of cores). Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let problem = trials.flatMap(ScenarioRequest.trialsProblem) { throw ValidationError(problem) }
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
    }

    /// The scenario at `path` with these overrides.
    func request(_ path: String) -> ScenarioRequest {
        ScenarioRequest(path: path, trials: trials, seed: seed, workers: workers)
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}
extension RunJob.Output: ExpressibleByArgument {}

/// Parses `latex,md,html,pdf`.
struct ReportFormats: ExpressibleByArgument {
    var formats: Set<ReportFormat>

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let parsed = parts.compactMap(ReportFormat.init(rawValue:))
        guard !parts.isEmpty, parsed.count == parts.count else { return nil }
        formats = Set(parsed)
    }

    var defaultValueDescription: String {
        ReportFormat.allCases.filter(formats.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// The report options `report` and `batch` share.
struct ReportOptions: ParsableArguments {
    @Option(help: "Formats, comma separated: latex, md, html, pdf.")
    var format = ReportFormats(argument: "latex,md,html,pdf")!

    @Option(help: "Language of the labels.")
    var lang: ReportLanguage = .sv
}

/// Runs a command's work; a failure prints its message on stderr and exits with its status.
func perform(_ body: () throws(CommandFailure) -> Void) throws {
    do {
        try body()
    } catch {
        if !error.message.isEmpty { FileHandle.standardError.write(Data((error.message + "\n").utf8)) }
        throw ExitCode(error.status)
    }
}
