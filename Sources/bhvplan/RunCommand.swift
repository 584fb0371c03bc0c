import ArgumentParser
import PlannerApp

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario and show, per unit and year, the probability of meeting each target.",
        discussion: "Example: bhvplan run Scenarios/default.yaml --trials 500 --out out/ --format xlsx --lang sv")

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var precision: PrecisionOptions

    @Option(help: "Folder to write results.csv, results.json, fan.csv and run.json into.", completion: .directory)
    var out: String?

    @Option(help: "What to print: table, csv or json; xlsx prints the table and adds results.xlsx to --out.")
    var format: RunJob.Output = .table

    @OptionGroup var style: ResultStyleOptions

    func validate() throws {
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "results.xlsx")
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try RunJob.perform(simulation.request(scenario), out: out, output: format, language: style.lang,
                               csvDialect: style.csvDialect, quiet: style.quiet, precision: precision.goal(trials: simulation.trials))
        }
    }
}
