import Foundation
import ResultFormat

/// Renders the result files of a finished run into reports: reads `resultsDirectory`
/// (see ``ResultSet``; `observed`, when given, in place of its `observed.csv`; a folder with only
/// a backtest gives a report of its backtest page), writes `<baseName>.tex`, `.md`, `.html` and `.pdf` into
/// `outputDirectory` for the requested formats, and returns the written files in that
/// order, laid out by `templates`. `.pdf` implies `.latex`. Every file is written atomically; when a PDF is asked
/// for but `latexmk` is missing, nothing is written and the error names the Debian
/// packages to install.
@discardableResult
public func renderReports(
    resultsDirectory: URL,
    formats: Set<ReportFormat>,
    language: ReportLanguage = .sv,
    outputDirectory: URL,
    baseName: String = "report",
    templates: ReportTemplates = .bundled,
    observed: [ObservedRow]? = nil
) throws -> [URL] {
    let document: ReportDocument
    if ResultSet.holdsBacktestOnly(resultsDirectory) {
        // `bhvplan backtest --out` alone: the backtest page is the report.
        let rows = try ResultSet.backtest(in: resultsDirectory)
        let scenario = rows.first?.scenario ?? ""
        document = ReportDocument(language: language, scenario: scenario, title: language.text(.reportTitle),
                                  subtitle: language.scenarioLine(scenario),
                                  sections: [BacktestSection(rows: rows, language: language).section()])
    } else {
        var results = try ResultSet(directory: resultsDirectory)
        if let observed { results.observed = observed }
        document = ReportDocumentBuilder(results: results, language: language).build()
    }
    let pdfBuilder = PDFBuilder()
    if formats.contains(.pdf) { try pdfBuilder.checkAvailable() }

    var documents: [(ReportFormat, String)] = []
    if formats.contains(.latex) || formats.contains(.pdf) { documents.append((.latex, LaTeXReport(document: document).render(with: templates))) }
    if formats.contains(.md) { documents.append((.md, MarkdownReport(document: document).render(with: templates))) }
    if formats.contains(.html) { documents.append((.html, HTMLReport(document: document).render(with: templates))) }

    do {
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
    } catch {
        throw ResultFormatError.writeFailed(file: outputDirectory.path, reason: "the folder cannot be created (\(ResultFormatError.folderObstacle(outputDirectory) ?? ResultFormatError.plainReason(error)))")
    }
    func url(_ format: ReportFormat) -> URL {
        outputDirectory.appendingPathComponent(baseName).appendingPathExtension(format.fileExtension)
    }
    var written: [URL] = []
    for (format, text) in documents {
        try AtomicFileWriter.write(text, to: url(format))
        written.append(url(format))
    }
    if formats.contains(.pdf) {
        written.append(try pdfBuilder.build(texFile: url(.latex)).pdf)
    }
    return written
}
