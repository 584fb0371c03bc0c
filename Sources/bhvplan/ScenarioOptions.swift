import ArgumentParser
import ChildHealth
import Foundation

/// Options shared by the commands that run a scenario, and the one way every command loads a
/// scenario: all problems on stderr, one per line, then exit status 2 before anything is simulated.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "Scenario file (YAML).")
    var scenario: String

    @Option(help: "Number of Monte Carlo trials (default: the scenario's).")
    var trials: Int?

    @Option(help: "Random seed (default: the scenario's).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: the number of cores). Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Rejects a `--trials` outside what a scenario file allows (a huge count would overflow).
    static func validateTrials(_ trials: Int?) throws {
        let allowed = ScenarioLoader.trialsAllowed
        if let trials, !allowed.contains(trials) {
            throw ValidationError("--trials must be from \(allowed.lowerBound) to \(allowed.upperBound) (got \(trials))")
        }
    }

    func validate() throws {
        try Self.validateTrials(trials)
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
    }

    /// The scenario with the command-line overrides, checked to fit in memory on `workers` threads.
    func load() throws -> Scenario {
        var loaded = try Self.load(path: scenario)
        if let trials { loaded.trials = trials }
        if let seed { loaded.seed = seed }
        try Self.checkMemory(loaded, workers: workers, file: scenario)
        return loaded
    }

    /// Loads and validates the scenario at `path`, or exits with status 2 listing every problem.
    static func load(path: String) throws -> Scenario {
        do {
            return try ScenarioLoader.load(path: path)
        } catch {
            throw refuse(error.problems)
        }
    }

    /// Exits with status 2 when a run of `scenario` on `workers` threads would not fit in memory.
    static func checkMemory(_ scenario: Scenario, workers: Int, file: String) throws {
        if let problem = RunMemory.problem(scenario, workers: workers, file: file) { throw refuse([problem]) }
    }

    /// Prints `problems` on stderr, one per line, and returns exit status 2 to throw.
    static func refuse(_ problems: [InputProblem]) -> ExitCode {
        FileHandle.standardError.write(Data(InputProblems(problems).description.utf8 + [UInt8(ascii: "\n")]))
        return ExitCode(2)
    }
}
