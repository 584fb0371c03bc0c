import ArgumentParser
import Foundation
import PlannerApp

/// The simulation options every command that runs scenarios shares.
struct SimulationOptions: ParsableArguments {
    // `.unconditional`: `--trials -5` reads -5 (and is refused for what it is) instead of
    // taking it for an option and saying the value is missing.
    @Option(parsing: .unconditional, help: "Number of Monte Carlo trials (default: the scenario's).")
    var trials: Int?

    // Read as text, so that -1 or 2⁶⁴ is refused with the range rather than "invalid value".
    @Option(name: .customLong("seed"), parsing: .unconditional, help: ArgumentHelp("Random seed (default: the scenario's).", valueName: "seed"))
    var seedText: String?

    /// The `--seed` given, once ``validate()`` has passed.
    var seed: UInt64? { seedText.flatMap { try? ScenarioRequest.seed($0).get() } }

    @Option(parsing: .unconditional, help: "Worker threads (default: the number of cores). Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let problem = trials.flatMap(ScenarioRequest.trialsProblem) { throw ValidationError(problem) }
        if let seedText, case .failure(let problem) = ScenarioRequest.seed(seedText) { throw ValidationError(problem.message) }
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
    }

    /// The scenario at `path` with these overrides.
    func request(_ path: String) -> ScenarioRequest {
        ScenarioRequest(path: path, trials: trials, seed: seed, workers: workers)
    }
}
