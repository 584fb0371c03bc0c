import Foundation
import Reporting
import ResultFormat

/// The files of a scenario's result set that may be downloaded, by their fixed names: a request
/// for any other name is refused, so no other file of the server is ever sent.
enum DownloadLinks {
    /// The result set's files as `bhvplan run --out DIR --format xlsx` writes them.
    static let resultFiles = [ResultFiles.results, ResultFiles.resultsJSON, ResultFiles.resultsWorkbook, ResultFiles.fan, ResultFiles.run]
    /// The PDF report, rendered on first demand.
    static let report = "report.pdf"

    static func contentType(_ file: String) -> String {
        switch URL(fileURLWithPath: file).pathExtension {
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }

    static func html(_ scenario: String, language: ReportLanguage) -> String {
        let links = resultFiles.map { "<a href=\"\(h(Routes.download(scenario, $0)))\">\(h($0))</a>" }
            + ["<a href=\"\(h(Routes.download(scenario, report)))\">\(h(WebText.pdfReport.text(language)))</a>"]
        return "<h2>\(h(WebText.downloads.text(language)))</h2>\n<p class=\"downloads\">\(links.joined(separator: " · "))</p>"
    }
}
