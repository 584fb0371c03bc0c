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

    @Option(help: "Folder to write results.csv, results.json, fan.csv and run.json into.", completion: .directory)
    var out: String?

    @Option(help: "What to print: table, csv or json; xlsx prints the table and adds results.xlsx to --out.")
    var format: RunJob.Output = .table

    @Option(help: "Language of the workbook's sheet names and headers, and the table's decimal marker (sv: decimal comma).")
    var lang: ReportLanguage = .en

    @Option(help: "CSV files as tidy (comma, decimal point) or excel-sv (semicolon, decimal comma, UTF-8 byte-order mark: opens in Swedish Excel by double-click).")
    var csvDialect: CSVDialect = .tidy

    @Flag(help: "Show no progress on stderr.")
    var quiet = false

    func validate() throws {
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "results.xlsx")
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try RunJob.perform(simulation.request(scenario), out: out, output: format, language: lang, csvDialect: csvDialect, quiet: quiet)
        }
    }
}
