import ArgumentParser
import PlannerApp

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios with a base on common random numbers (same births and absences in each).",
        discussion: """
            Every scenario runs in the same trials with the base's seed, so a difference reflects the \
            scenarios and not luck. The scenarios must have the same units (by id), start year and horizon. \
            --trials and --seed, when given, apply to every scenario.

            Example: bhvplan compare Scenarios/default.yaml Scenarios/staff-plus-25.yaml --trials 500 --out out/
            """)

    @Argument(help: "The base scenario (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var base: String

    @Argument(help: "One or more scenarios to compare with the base.", completion: .file(extensions: ["yaml", "yml"]))
    var others: [String]

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Folder to write comparison.csv and comparison.json into (with --shard: the part file).", completion: .directory)
    var out: String?

    @Option(help: "table prints the summary; xlsx also adds comparison.xlsx to --out.")
    var format: SummaryFormat = .table

    @OptionGroup var style: ResultStyleOptions

    @OptionGroup var sharding: ShardOptions

    func validate() throws {
        if others.isEmpty { throw ValidationError("give at least one scenario to compare with the base") }
        try sharding.check(out: out, format: format == .table)
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "comparison.xlsx")
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            if let shard = try sharding.request(), let out {
                return try ShardJob.compare(base: simulation.request(base), others: others, shard: shard, out: out, quiet: style.quiet)
            }
            try CompareJob.perform(base: simulation.request(base), others: others, out: out, format: format, language: style.lang,
                                   csvDialect: style.csvDialect, quiet: style.quiet)
        }
    }
}
