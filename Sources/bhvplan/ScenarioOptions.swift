import ArgumentParser
import ChildHealth
import Foundation

/// Options shared by the commands that run a scenario.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "Scenario file (YAML).")
    var scenario: String

    @Option(help: "Number of Monte Carlo trials (default: the scenario's).")
    var trials: Int?

    @Option(help: "Random seed (default: the scenario's).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: the number of cores). Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let trials, trials < 1 { throw ValidationError("--trials must be at least 1 (got \(trials))") }
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
    }

    /// The scenario with the command-line overrides, or exit status 2 with every problem listed.
    func load() throws -> Scenario {
        do {
            var loaded = try ScenarioLoader.load(path: scenario)
            if let trials { loaded.trials = trials }
            if let seed { loaded.seed = seed }
            return loaded
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
