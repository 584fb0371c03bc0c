import ArgumentParser
import Foundation
import PlannerApp

/// The simulation options every command that runs scenarios shares.
struct SimulationOptions: ParsableArguments {
    // `.unconditional`: `--trials -5` reads -5 (and is refused for what it is) instead of
    // taking it for an option and saying the value is missing.
    @Option(parsing: .unconditional, help: "Number of Monte Carlo trials (default: the scenario's).")
    var trials: Int?

    @Option(parsing: .unconditional, help: "Random seed (default: the scenario's).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Worker threads (default: the number of cores). Results do not depend on it.")
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
