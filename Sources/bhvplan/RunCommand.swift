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

    @Option(help: "Folder to write results.csv, results.json, fan.csv and run.json into (with --shard: the part file).", completion: .directory)
    var out: String?

    @Option(help: "What to print: table, csv or json; xlsx prints the table and adds results.xlsx to --out.")
    var format: RunJob.Output = .table

    @OptionGroup var style: ResultStyleOptions

    @OptionGroup var sharding: ShardOptions

    func validate() throws {
        try sharding.check(out: out, format: format == .table)
        if sharding.shard != nil, precision.precision != nil {
            throw ValidationError("--shard and --precision exclude each other: a run to a precision chooses its trials as it goes, so its blocks cannot be dealt out in advance")
        }
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "results.xlsx")
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            if let shard = try sharding.request(), let out {
                return try ShardJob.run(simulation.request(scenario), shard: shard, out: out, quiet: style.quiet)
            }
            try RunJob.perform(simulation.request(scenario), out: out, output: format, language: style.lang,
                               csvDialect: style.csvDialect, quiet: style.quiet, precision: precision.goal(trials: simulation.trials))
        }
    }
}
