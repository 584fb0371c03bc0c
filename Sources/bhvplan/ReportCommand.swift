import ArgumentParser
import PlannerApp

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a run's results (and its comparison, staffing advice, observations and backtest, when present) as LaTeX, Markdown, HTML and PDF.",
        discussion: "Example: bhvplan report out/ --format html,pdf --lang sv --observed followup/observed.csv")

    @Argument(help: "Folder written by `bhvplan run --out` (results.csv, fan.csv, run.json), or by `bhvplan backtest --out` alone (backtest.csv: its page only).", completion: .directory)
    var resultsDirectory: String

    @OptionGroup var report: ReportOptions

    @Option(help: "Folder to write the reports into (default: the results folder).", completion: .directory)
    var out: String?

    @Option(help: "File name of the reports, without extension.")
    var name = "report"

    @Option(help: "observed.csv from `bhvplan observe --out`, or its folder: drawn as points on the fan charts and compared with the projection (default: the results folder's own observed.csv, if any).", completion: .file())
    var observed: String?

    func validate() throws {
        if report.format.workbook {
            throw ValidationError("--format xlsx: the workbook is written with the result files, by run, compare, size or batch "
                                  + "--format xlsx (allowed here: latex, md, html, pdf)")
        }
        try PathOptions.checkOut(out)
        try PathOptions.checkName(name)
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try ReportJob.perform(resultsFolder: resultsDirectory, formats: report.format.formats, language: report.lang,
                                  out: out, name: name, templateFolder: report.template, observedPath: observed)
        }
    }
}
