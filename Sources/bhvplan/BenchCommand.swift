import ArgumentParser
import PlannerApp

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure simulation throughput with 1 and with 2 workers (and more if asked).")

    @Argument(help: "Scenario file (YAML).")
    var scenario: String = "Scenarios/default.yaml"

    @Option(help: "Trials per measurement.")
    var trials: Int = 4000

    @Option(help: "Worker counts to compare, comma separated.")
    var workers: String = "1,2"

    @Option(help: "Repetitions per worker count; the fastest is reported.")
    var repeats: Int = 3

    func validate() throws {
        if let problem = ScenarioRequest.trialsProblem(trials) { throw ValidationError(problem) }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1 (got \(repeats))") }
    }

    func run() throws {
        let counts = workers.split(separator: ",").compactMap { Int($0) }.filter { $0 >= 1 }
        try perform { () throws(CommandFailure) in
            try Benchmark.perform(path: scenario, trials: trials, workerCounts: counts, repeats: repeats)
        }
    }
}
