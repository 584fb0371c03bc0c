import ChildHealth
import Foundation

/// A scenario file and the overrides a command line gives it. Loading is the one way every
/// command reads a scenario: all problems together, one per line, and exit status 2 before
/// anything is simulated.
public struct ScenarioRequest: Sendable {
    public var path: String
    /// Overrides the scenario's trials and seed when set.
    public var trials: Int?
    public var seed: UInt64?
    /// Worker threads; results do not depend on it.
    public var workers: Int

    /// The scenario at `path`; nil overrides keep what the file says.
    public init(path: String, trials: Int? = nil, seed: UInt64? = nil, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.path = path
        self.trials = trials
        self.seed = seed
        self.workers = workers
    }

    /// The trials a scenario file or `--trials` may ask for (a huge count would overflow).
    public static var trialsAllowed: ClosedRange<Int> { ScenarioLoader.trialsAllowed }

    /// The seeds a scenario file or `--seed` may give.
    public static var seedsAllowed: ClosedRange<UInt64> { ScenarioLoader.seedsAllowed }

    /// `--seed TEXT` as a seed, or what is wrong with it: the same range as a scenario's `seed`.
    public static func seed(_ text: String) -> Result<UInt64, CommandFailure> {
        guard let seed = UInt64(text), seedsAllowed.contains(seed) else {
            return .failure(CommandFailure("--seed must be a whole number from \(seedsAllowed.lowerBound) to \(seedsAllowed.upperBound) (got '\(text)')", status: 64))
        }
        return .success(seed)
    }

    /// What is wrong with `--trials N`, or nil when it is allowed.
    public static func trialsProblem(_ trials: Int) -> String? {
        if trials < trialsAllowed.lowerBound { return "--trials must be at least \(trialsAllowed.lowerBound) (got \(trials))" }
        if trials > trialsAllowed.upperBound { return "--trials must be at most \(trialsAllowed.upperBound) (got \(trials))" }
        return nil
    }

    /// The scenario with the overrides, checked to fit in memory on `workers` threads.
    public func load() throws(CommandFailure) -> Scenario {
        var loaded = try Self.load(path: path)
        if let trials { loaded.trials = trials }
        if let seed { loaded.seed = seed }
        if let problem = RunMemory.problem(loaded, workers: workers, file: path) { throw Self.refusal([problem]) }
        return loaded
    }

    /// The scenario at `path` as its file gives it.
    private static func load(path: String) throws(CommandFailure) -> Scenario {
        do {
            return try ScenarioLoader.load(path: path)
        } catch {
            throw refusal(error.problems)
        }
    }

    /// Every problem, one per line, with exit status 2.
    static func refusal(_ problems: [InputProblem]) -> CommandFailure {
        CommandFailure(InputProblems(problems).description, status: 2)
    }
}
