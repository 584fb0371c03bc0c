import Foundation
import ResultFormat

/// The front page of a batch: every scenario of the folder with its status, and for each that
/// ran, the region's expected number of units meeting each target in the last projected year.
/// A failed scenario is listed with its error, so one bad file cannot hide in a long batch.
public struct BatchOverview {
    /// One scenario file of the batch.
    public struct Entry: Sendable {
        public var file: String
        public var scenario: String
        /// The run's result files, when it ran.
        public var results: ResultSet?
        /// Why it did not run, when it failed.
        public var error: String?
        /// The report files written for it, relative to the batch's output folder.
        public var reports: [String]

        /// One scenario of the batch: its results when it ran, its error when it failed, and its report files.
        public init(file: String, scenario: String, results: ResultSet?, error: String?, reports: [String]) {
            self.file = file
            self.scenario = scenario
            self.results = results
            self.error = error
            self.reports = reports
        }
    }

    public var entries: [Entry]
    public var language: ReportLanguage

    /// The overview of `entries` in `language`.
    public init(entries: [Entry], language: ReportLanguage) {
        self.entries = entries
        self.language = language
    }

    private var sv: Bool { language == .sv }

    /// Targets shown as columns: the region rows counting units that meet each one.
    private static let counted = [
        "newborns_per_nurse_fte", "newborns_per_nurse", "newborns_per_doctor",
        "first_home_visit", "eight_month_home_visit", "parent_group", "epds", "partner_talk",
    ]

    private var header: [String] {
        [sv ? "Scenario" : "Scenario", sv ? "Fil" : "File", sv ? "Status" : "Status", sv ? "År" : "Year", sv ? "Enheter" : "Units"]
            + Self.counted.map(language.indicatorName)
    }

    /// Cells of one entry's row: status, and for a run the mean number of units meeting each
    /// target in its last year (P5–P95 in brackets).
    private func cells(_ entry: Entry) -> [String] {
        guard let results = entry.results else {
            return [entry.scenario, entry.file, sv ? "misslyckades" : "failed", "", ""] + Self.counted.map { _ in "" }
        }
        let lastYear = results.results.map(\.year).max() ?? 0
        var cells = [entry.scenario, entry.file, "ok", String(lastYear), String(results.run.units.count)]
        for indicator in Self.counted {
            let row = results.results.first {
                $0.unit == RegionUnit.id && $0.year == lastYear && $0.indicator == IndicatorID.unitsMeetingPrefix + indicator
            }
            cells.append(row.map {
                "\(language.number($0.mean)) (\(language.number($0.p05))–\(language.number($0.p95)))"
            } ?? "–")
        }
        return cells
    }

    private var title: String { sv ? "Körning av samtliga scenarier" : "Batch of all scenarios" }
    private var intro: String {
        sv ? "Antal enheter som förväntas nå varje mål det sista året (medelvärde, P5–P95 inom parentes)."
           : "Expected number of units meeting each target in the last year (mean, P5–P95 in brackets)."
    }

    /// The overview as Markdown.
    public func markdown() -> String {
        var lines = ["# \(title)", "", intro, ""]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for entry in entries { lines.append("| " + cells(entry).map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |") }
        let failed = entries.filter { $0.error != nil }
        if !failed.isEmpty {
            lines += ["", "## " + (sv ? "Scenarier som inte kunde köras" : "Scenarios that could not run"), ""]
            for entry in failed { lines += ["**\(entry.file)**", "", "```", entry.error ?? "", "```", ""] }
        }
        lines += ["", "## " + (sv ? "Rapporter" : "Reports"), ""]
        for entry in entries where !entry.reports.isEmpty {
            lines.append("- \(entry.scenario): " + entry.reports.map { "[\($0)](\($0))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The overview as a self-contained HTML page.
    public func html() -> String {
        func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
        var body = "<h1>\(escape(title))</h1>\n<p>\(escape(intro))</p>\n<table>\n<thead><tr>"
        body += header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for entry in entries {
            let failedClass = entry.error == nil ? "" : " class=\"failed\""
            body += "<tr\(failedClass)>" + cells(entry).map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
        }
        body += "</tbody>\n</table>\n"
        let failed = entries.filter { $0.error != nil }
        if !failed.isEmpty {
            body += "<h2>\(escape(sv ? "Scenarier som inte kunde köras" : "Scenarios that could not run"))</h2>\n"
            for entry in failed { body += "<h3>\(escape(entry.file))</h3>\n<pre>\(escape(entry.error ?? ""))</pre>\n" }
        }
        body += "<h2>\(escape(sv ? "Rapporter" : "Reports"))</h2>\n<ul>\n"
        for entry in entries where !entry.reports.isEmpty {
            body += "<li>\(escape(entry.scenario)): " + entry.reports.map { "<a href=\"\(escape($0))\">\(escape($0))</a>" }.joined(separator: ", ") + "</li>\n"
        }
        body += "</ul>\n"
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; font-size: 0.85em; }
        th, td { padding: 0.3em 0.6em; border-bottom: 1px solid #ccc; text-align: right; }
        th:nth-child(-n+3), td:nth-child(-n+3) { text-align: left; }
        thead th { border-bottom: 2px solid #222; }
        tr.failed td { color: #a00; }
        pre { background: #f6f6f6; padding: 0.6em; white-space: pre-wrap; }
        @media print { @page { size: A4 landscape; margin: 15mm; } body { margin: 0; } }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
