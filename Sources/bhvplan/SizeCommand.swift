import ArgumentParser
import PlannerApp

struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Advise per unit the least nurse FTE, in persons, that meets chosen targets with a chosen confidence.",
        discussion: """
            The advice is the unit's staff list as the scenario file gives it (the scenario's interventions \
            still apply on top). Where the newborns-per-FTE ceiling and the 25-per-nurse floor cannot both be \
            met, the note says so and what pooling with a neighbour in the same municipality would achieve.

            Example: bhvplan size Scenarios/default.yaml --trials 500 --confidence 0.8 --out out/
            """)

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationOptions

    @Option(parsing: .unconditional, help: "Least probability with which every target must be met.")
    var confidence: Double = 0.8

    @Option(parsing: .unconditional, help: "Calendar year to size for (default: the first projected year).")
    var year: Int?

    @Option(help: """
        Targets to meet, comma separated (default: newborns_per_nurse_fte,newborns_per_nurse,first_home_visit; \
        also eight_month_home_visit, parent_group, epds, partner_talk).
        """)
    var targets: String?

    @Option(parsing: .unconditional, help: "Most nurse persons a unit may be advised.")
    var maxPersons: Int = 6

    @Option(help: "Folder to write staffing.csv and staffing.json into.", completion: .directory)
    var out: String?

    @Option(parsing: .unconditional, help: "Also spread this many extra nurse FTE over the units to raise the expected number of targets met.")
    var budgetFte: Double?

    @Option(help: "table prints the advice; xlsx also adds staffing.xlsx to --out.")
    var format: SummaryFormat = .table

    @Option(help: "Language of the workbook's sheet names.")
    var lang: ReportLanguage = .en

    @Option(help: "CSV files as tidy (comma, decimal point) or excel-sv (semicolon, decimal comma, UTF-8 byte-order mark: opens in Swedish Excel by double-click).")
    var csvDialect: CSVDialect = .tidy

    @Flag(help: "Show no progress on stderr.")
    var quiet = false

    func validate() throws {
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "staffing.xlsx")
        // NaN slips through every comparison, and infinity through "at least": refused by name.
        if !confidence.isFinite { throw ValidationError("--confidence: \(confidence) is not a finite number (allowed: 0 < x < 1)") }
        if let budgetFte, !budgetFte.isFinite {
            throw ValidationError("--budget-fte: \(budgetFte) is not a finite number (allowed: a number of extra FTE)")
        }
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try SizeJob.perform(simulation.request(scenario), confidence: confidence, year: year, targets: targets,
                                maxPersons: maxPersons, out: out, budgetFTE: budgetFte, format: format, language: lang, csvDialect: csvDialect, quiet: quiet)
        }
    }
}
