import ArgumentParser
import PlannerApp

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario and show, per unit and year, the probability of meeting each target.")

    @Argument(help: "Scenario file (YAML).")
    var scenario: String

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var precision: PrecisionOptions

    @Option(help: "Folder to write results.csv, results.json, fan.csv and run.json into.")
    var out: String?

    @Option(help: "What to print: table, csv or json.")
    var format: RunJob.Output = .table

    func validate() throws {
        try PathOptions.checkOut(out)
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try RunJob.perform(simulation.request(scenario), out: out, output: format,
                               precision: precision.goal(trials: simulation.trials))
        }
    }
}
