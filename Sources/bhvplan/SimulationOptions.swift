import ArgumentParser
import Foundation
import PlannerApp

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
