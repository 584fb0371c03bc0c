import ArgumentParser
import PlannerApp

/// The report options `report` and `batch` share.
struct ReportOptions: ParsableArguments {
    @Option(help: "Formats, comma separated: latex, md, html, pdf; for batch also xlsx (an Excel workbook of each scenario's results).")
    var format = ReportFormats(argument: "latex,md,html,pdf")!

    @Option(help: "Language of the labels.")
    var lang: ReportLanguage = .sv

    @Option(help: "Folder of the region's own report templates (report.tex.mustache, report.md.mustache, report.html.mustache; copy them from Sources/Reporting/Templates). Files it lacks come from the bundled templates.", completion: .directory)
    var template: String?
}
