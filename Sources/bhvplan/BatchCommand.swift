import ArgumentParser
import PlannerApp

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run every scenario in a folder and write one report per scenario plus an overview.",
        discussion: """
            Exit status 0 when every scenario ran, 1 when any failed (the others are still reported), 130 when interrupted.

            Example: bhvplan batch Scenarios --out Reports/ --format md,html,pdf,xlsx --lang sv
            """)

    @Argument(help: "Folder of scenario files (*.yaml).", completion: .directory)
    var scenarioDirectory: String = "Scenarios"

    @Option(help: "Folder for the reports.", completion: .directory)
    var out: String = "Reports"

    @OptionGroup var report: ReportOptions

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "CSV files as tidy (comma, decimal point) or excel-sv (semicolon, decimal comma, UTF-8 byte-order mark: opens in Swedish Excel by double-click).")
    var csvDialect: CSVDialect = .tidy

    @Flag(help: "Also run each scenario's sensitivity analysis (the region's first home visit in the first year) and attribute every unit's missed targets to their drivers; see `bhvplan sensitivity`.")
    var sensitivity = false

    func validate() throws {
        try PathOptions.checkOut(out)
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try BatchJob.perform(scenarioFolder: scenarioDirectory, out: out, formats: report.format.formats,
                                 language: report.lang, workbook: report.format.workbook, csvDialect: csvDialect, templateFolder: report.template, trials: simulation.trials, seed: simulation.seed,
                                 workers: simulation.workers, sensitivity: sensitivity)
        }
    }
}
