import ArgumentParser
import PlannerApp

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the parts of a sharded run or comparison (run/compare --shard i/N) into its result set.",
        discussion: """
            The parts must be every shard of one run, each once, in any order; the result set is byte for byte \
            what run (or compare) of the whole in one process writes.

            Example: bhvplan merge parts/*.part --out out/
            """)

    @Argument(help: "The part files written by run --shard or compare --shard.", completion: .file(extensions: ["part"]))
    var parts: [String]

    @Option(help: "Folder to write the result set into.", completion: .directory)
    var out: String

    @Option(help: "What to print: table, csv or json (runs only); xlsx prints the table and adds the workbook to --out.")
    var format: RunJob.Output = .table

    @OptionGroup var style: ResultStyleOptions

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give the part files to merge") }
        try PathOptions.checkOut(out)
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try MergeJob.perform(parts: parts, out: out, output: format, language: style.lang, csvDialect: style.csvDialect)
        }
    }
}
