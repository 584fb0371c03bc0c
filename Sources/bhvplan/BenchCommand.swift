import ArgumentParser
import PlannerApp

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure simulation throughput, the 1→2 worker speed-up and peak memory of whole runs.",
        discussion: """
            Prints, per worker count, the fastest of the repetitions: seconds, trials/s, unit-months/s, \
            ns per unit-month (the burn-in year and the months after the horizon counted), the process's \
            peak memory during a run and the speed-up against the first count; and how the trials split \
            into blocks, the unit of parallelism. Build with -c release for figures worth quoting.

            Example: bhvplan bench --scenario Scenarios/bench/national.yaml --workers 1,2
            """)

    @Option(help: "Scenario file (YAML), e.g. Scenarios/bench/national.yaml.", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    /// `bhvplan bench SCENARIO`, as before `--scenario`; still accepted.
    @Argument(help: .hidden)
    var scenarioArgument: String?

    @Option(help: "Trials per run (default: the scenario's own).")
    var trials: Int?

    @Option(help: "Worker counts to compare, comma separated.")
    var workers: String = "1,2"

    @Option(help: "Repetitions per worker count; the fastest is reported.")
    var repeats: Int = 3

    static let defaultScenario = "Scenarios/default.yaml"

    func validate() throws {
        if let trials, let problem = ScenarioRequest.trialsProblem(trials) { throw ValidationError(problem) }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1 (got \(repeats))") }
        if Benchmark.workerCounts(workers) == nil {
            throw ValidationError("--workers must be whole numbers of at least 1, comma separated (got '\(workers)')")
        }
        if let scenario, let scenarioArgument, scenario != scenarioArgument {
            throw ValidationError("two scenarios given ('\(scenarioArgument)' and --scenario '\(scenario)'); give one")
        }
    }

    func run() throws {
        let path = scenario ?? scenarioArgument ?? Self.defaultScenario
        let counts = Benchmark.workerCounts(workers) ?? [1, 2]
        try perform { () throws(CommandFailure) in
            try Benchmark.perform(path: path, trials: trials, workerCounts: counts, repeats: repeats)
        }
    }
}
