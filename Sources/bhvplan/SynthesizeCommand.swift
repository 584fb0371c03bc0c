import ArgumentParser
import PlannerApp

struct SynthesizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesize",
        abstract: "Make up a follow-up (registrations, connections, staffing report) by simulating a scenario once.",
        discussion: """
            The scenario's parameters are the known truth that calibrate and backtest should find again. Writes \
            registrations.csv, connections.csv, staffing-report.csv and a README.md that says the data are synthetic, \
            with the command and the parameters.

            Example: bhvplan synthesize Scenarios/regions/kronoberg/synthetic-truth.yaml --years 2021-2025 --seed 2021 --out Scenarios/observed
            """)

    @Argument(help: "Scenario whose region and parameters are simulated (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(help: "Years to make up, FIRST-LAST; the units' expected newborns are those of FIRST.")
    var years: String

    @Option(name: .customLong("seed"), parsing: .unconditional, help: ArgumentHelp("Random seed of the one simulated trial.", valueName: "seed"))
    var seedText: String

    @Option(help: "Folder to write the follow-up into (replaced whole).", completion: .directory)
    var out: String

    func validate() throws {
        _ = try YearPeriod.parse(years)
        if case .failure(let problem) = ScenarioRequest.seed(seedText) { throw ValidationError(problem.message) }
        try PathOptions.checkOut(out)
    }

    func run() throws {
        let period = try YearPeriod.parse(years)
        let seed = try ScenarioRequest.seed(seedText).get()
        try perform { () throws(CommandFailure) in
            try SynthesizeJob.perform(SynthesizeJob.Options(scenario: scenario, years: period, seed: seed, out: out))
        }
    }
}
