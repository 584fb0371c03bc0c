import ArgumentParser
import PlannerApp

struct ObserveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observe",
        abstract: "Count the indicators a region's registrations show, per unit and year (observed.csv).",
        discussion: """
            Children are counted where they were connected on 31 December of their year of birth (Region \
            Kronoberg's key figures). Codes the map does not name are reported and not counted. On the terminal, \
            values resting on fewer than 5 children are masked; observed.csv keeps them.

            Example: bhvplan observe registrations.csv --connections connections.csv --staffing staffing.csv --out observed/
            """)

    @Argument(help: "Registrations extracts (CSV: child, born, date, code; optional unit).", completion: .file(extensions: ["csv"]))
    var extracts: [String]

    @Option(help: "Connections file (CSV: child, unit, from, to); without it each registration's unit places the child.",
            completion: .file(extensions: ["csv"]))
    var connections: String?

    @Option(help: "The health centres' staffing report (CSV: unit, year, nurse_fte, nurse_persons, doctor_persons; optional cni).",
            completion: .file(extensions: ["csv"]))
    var staffing: String?

    @Option(help: "Code map (YAML) from codes and keywords to what they count; default: the bundled KVÅ map.",
            completion: .file(extensions: ["yaml", "yml"]))
    var codes: String?

    @Option(help: "Folder to write observed.csv into.", completion: .directory)
    var out: String?

    @Option(help: "table prints the counts; xlsx also adds observed.xlsx to --out.")
    var format: SummaryFormat = .table

    @Option(help: "Language of the workbook's sheet name.")
    var lang: ReportLanguage = .en

    func validate() throws {
        if extracts.isEmpty { throw ValidationError("give at least one registrations extract") }
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "observed.xlsx")
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            var options = ObserveJob.Options(extracts: extracts, connections: connections, staffing: staffing,
                                             codes: codes, out: out)
            options.workbook = format == .xlsx ? lang : nil
            try ObserveJob.perform(options)
        }
    }
}
