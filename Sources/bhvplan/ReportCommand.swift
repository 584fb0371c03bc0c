import ArgumentParser
import Foundation
import Reporting

extension ReportFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

/// Parses `latex,md,html,pdf`.
struct ReportFormats: ExpressibleByArgument {
    var formats: Set<ReportFormat>

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let parsed = parts.compactMap(ReportFormat.init(rawValue:))
        guard !parts.isEmpty, parsed.count == parts.count else { return nil }
        formats = Set(parsed)
    }

    var defaultValueDescription: String {
        ReportFormat.allCases.filter(formats.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// The report options `report` and `batch` share.
struct ReportOptions: ParsableArguments {
    @Option(help: "Formats, comma separated: latex, md, html, pdf.")
    var format = ReportFormats(argument: "latex,md,html,pdf")!

    @Option(help: "Language of the labels.")
    var lang: ReportLanguage = .sv
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a run's results (and its comparison and staffing advice, when present) as LaTeX, Markdown, HTML and PDF.")

    @Argument(help: "Folder written by `bhvplan run --out` (results.csv, fan.csv, run.json).")
    var resultsDirectory: String

    @OptionGroup var report: ReportOptions

    @Option(help: "Folder to write the reports into (default: the results folder).")
    var out: String?

    @Option(help: "File name of the reports, without extension.")
    var name = "report"

    func run() throws {
        let results = URL(fileURLWithPath: resultsDirectory)
        let (formats, warning) = PDFBuilder().feasible(report.format.formats)
        if let warning { FileHandle.standardError.write(Data("bhvplan: \(warning)\n".utf8)) }
        try failing {
            let written = try renderReports(resultsDirectory: results, formats: formats, language: report.lang,
                                            outputDirectory: out.map { URL(fileURLWithPath: $0) } ?? results, baseName: name)
            for file in written { print(file.path) }
        }
    }
}
