import Foundation
import Reporting
import TestSupport
import Testing
import ResultFormat
@testable import PlannerApp

@Suite struct BatchTests {
    static let good = ScenarioYAML.text(name: "good", horizon: 2, trials: 30, units: [ScenarioYAML.oster])

    func folder() throws -> (scenarios: URL, reports: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        let scenarios = root.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try Self.good.write(to: scenarios.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        return (scenarios, root.appendingPathComponent("Reports"))
    }

    func run(_ scenarios: URL, _ reports: URL, formats: Set<ReportFormat> = [.md, .html]) throws -> Batch.Outcome {
        try Batch(formats: formats, language: .sv, workers: 2).run(folder: scenarios, output: reports, events: { _ in },
                                                                    isCancelled: { false })
    }

    @Test func aBrokenScenarioIsReportedAndTheOthersStillRun() throws {
        let (scenarios, reports) = try folder()
        try "name: broken\nhorizon: [1\n".write(to: scenarios.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let outcome = try run(scenarios, reports)
        #expect(outcome.succeeded == ["good.yaml"])
        #expect(outcome.failed == ["broken.yaml"])
        let overview = try String(contentsOf: reports.appendingPathComponent("overview.md"), encoding: .utf8)
        #expect(overview.contains("broken.yaml"))
        #expect(overview.contains("malformed YAML"))
        #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent("good/good.md").path))
        #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent("good/results.csv").path))
        // Staging folders are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
                == ["good", "overview.html", "overview.md"])
    }

    /// Each scenario is compared with the folder's baseline, and the comparison is in its report.
    @Test func scenariosAreComparedWithTheBaseline() throws {
        let (scenarios, reports) = try folder()
        let baseline = Self.good.replacingOccurrences(of: "name: good\n", with: "name: good\nbaseline: true\n")
        try baseline.write(to: scenarios.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let more = Self.good.replacingOccurrences(of: "name: good", with: "name: more")
            + "\ninterventions:\n  - {name: plus, type: staff_change, fte: 0.5, start: 2027-01}\n"
        try more.write(to: scenarios.appendingPathComponent("more.yaml"), atomically: true, encoding: .utf8)
        let outcome = try run(scenarios, reports)
        #expect(outcome.failed.isEmpty)
        let comparison = reports.appendingPathComponent("more/comparison.csv")
        #expect(FileManager.default.fileExists(atPath: comparison.path))
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("good/comparison.csv").path))
        let rows = try ResultSet(directory: reports.appendingPathComponent("more")).comparison ?? []
        let perFTE = try #require(rows.first { $0.unit == "U1" && $0.year == 2027 && $0.indicator == "newborns_per_nurse_fte" })
        #expect(perFTE.diffMean < 0)
        let html = try String(contentsOf: reports.appendingPathComponent("more/more.html"), encoding: .utf8)
        #expect(html.contains(ReportLanguage.sv.number(perFTE.diffMean)))
    }

    /// `--format …,xlsx`: each scenario's result set holds its workbooks, in the manifest, with
    /// sheet names in the batch's language.
    @Test func workbooksArePartOfEachScenariosResultSet() throws {
        let (scenarios, reports) = try folder()
        let baseline = Self.good.replacingOccurrences(of: "name: good\n", with: "name: good\nbaseline: true\n")
        try baseline.write(to: scenarios.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        try Self.good.replacingOccurrences(of: "name: good", with: "name: more")
            .write(to: scenarios.appendingPathComponent("more.yaml"), atomically: true, encoding: .utf8)
        let outcome = try Batch(formats: [.md], language: .sv, workbook: true, workers: 2)
            .run(folder: scenarios, output: reports, events: { _ in }, isCancelled: { false })
        #expect(outcome.failed.isEmpty)
        let more = reports.appendingPathComponent("more")
        let manifest = try String(contentsOf: more.appendingPathComponent(ResultFiles.manifest), encoding: .utf8)
        #expect(manifest.contains(ResultFiles.resultsWorkbook) && manifest.contains(ResultFiles.comparisonWorkbook))
        let workbook = try Data(contentsOf: more.appendingPathComponent(ResultFiles.resultsWorkbook))
        #expect(workbook.starts(with: Data("PK".utf8)))
        _ = try ResultSet(directory: more)  // the manifest vouches for the workbook too
    }

    /// `--sensitivity`: each scenario's folder also holds the sensitivity set, in the manifest,
    /// and its report the tornado and the sentences.
    @Test func sensitivityIsPartOfEachScenariosReportWhenAsked() throws {
        let (scenarios, reports) = try folder()
        var batch = Batch(formats: [.html], language: .en, workers: 2)
        batch.sensitivity = true
        let outcome = try batch.run(folder: scenarios, output: reports, events: { _ in }, isCancelled: { false })
        #expect(outcome.failed.isEmpty)
        let good = reports.appendingPathComponent("good")
        let results = try ResultSet(directory: good)
        let tornado = try #require(results.sensitivity)
        #expect(tornado.count == 24 && tornado.allSatisfy { $0.unit == RegionUnit.id && $0.indicator == "first_home_visit" && $0.year == 2026 })
        #expect(results.attribution != nil)
        let html = try String(contentsOf: good.appendingPathComponent("good.html"), encoding: .utf8)
        #expect(html.contains("Sensitivity and why targets are missed"))
        // Without the flag, no sensitivity files.
        let plain = try run(scenarios, reports)
        let again = try ResultSet(directory: good)
        #expect(plain.failed.isEmpty && again.sensitivity == nil)
    }

    /// A rerun that fails after the simulation — here its PDF cannot be built, because pdflatex
    /// with T1/UTF-8 input has no glyph for a CJK character in the unit's name — has written its
    /// results and its Markdown and HTML reports by then: they were built aside, so the earlier
    /// report folder stays exactly as it was and no staging folder is left.
    @Test(.enabled(if: hasTeX, "needs latexmk, pdftotext and pdfinfo (CI installs them)"))
    func aRerunFailingAfterTheRunLeavesTheEarlierReportInPlace() throws {
        let (scenarios, reports) = try folder()
        _ = try run(scenarios, reports)
        let folder = reports.appendingPathComponent("good")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let before = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        let renamed = Self.good.replacingOccurrences(of: "name: BVC Öster", with: "name: BVC Öster 中")
        try renamed.write(to: scenarios.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        var events: [String] = []
        let outcome = try Batch(formats: [.md, .html, .pdf], language: .sv, workers: 2)
            .run(folder: scenarios, output: reports, events: { if case .finished(_, let error?) = $0 { events.append(error) } },
                 isCancelled: { false })
        #expect(outcome.failed == ["good.yaml"] && outcome.succeeded.isEmpty)
        // It failed building the PDF, after the run and after the other files were written.
        #expect(events.count == 1 && events[0].contains("good.tex"), "\(events)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        for (name, bytes) in zip(names, before) {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == bytes, "\(name) changed")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
                == ["good", "overview.html", "overview.md"])
    }

    /// A rerun whose scenario no longer loads fails before anything runs.
    @Test func aRerunThatDoesNotLoadLeavesTheEarlierReportInPlace() throws {
        let (scenarios, reports) = try folder()
        _ = try run(scenarios, reports)
        let report = reports.appendingPathComponent("good/good.md")
        let before = try Data(contentsOf: report)
        try "name: good\nhorizon: 0\n".write(to: scenarios.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let outcome = try run(scenarios, reports)
        #expect(outcome.failed == ["good.yaml"])
        #expect(try Data(contentsOf: report) == before)
    }

    /// The HTML report shows each value of results.csv in the cell of its own unit, indicator
    /// and year: a unit's probability in "Sannolikhet att nå målet", its mean and P5–P95 in
    /// "Enheterna i detalj", the region's rows in "Regionöversikt".
    @Test func htmlValuesEqualResultsCSV() throws {
        let (scenarios, reports) = try folder()
        _ = try run(scenarios, reports)
        let html = try String(contentsOf: reports.appendingPathComponent("good/good.html"), encoding: .utf8)
        let results = try ResultSet(directory: reports.appendingPathComponent("good"))
        let probabilities = try #require(HTMLTable(html, caption: "Sannolikhet att nå målet"))
        let details = try #require(HTMLTable(html, caption: "Enheterna i detalj"))
        let region = try #require(HTMLTable(html, caption: "Regionöversikt"))
        let string = ReportLanguage.sv.number
        var targeted = 0
        for row in results.results {
            let name = ReportLanguage.sv.indicatorName(row.indicator)
            let label = "\(row.unit) \(row.year) \(row.indicator)"
            if row.unit == "REGION" {
                #expect(region.cell(label: name, year: row.year, yearColumn: "År", column: "Medelvärde") == string(row.mean), "\(label)")
                #expect(region.cell(label: name, year: row.year, yearColumn: "År", column: "P5–P95")
                        == "\(string(row.p05))–\(string(row.p95))", "\(label)")
                #expect(region.cell(label: name, year: row.year, yearColumn: "År", column: "Sannolikhet")
                        == row.pMeet.map(string) ?? "", "\(label)")
            } else {
                #expect(row.unit == "U1")
                let group = "BVC Öster (Växjö)"
                #expect(details.cell(group: group, label: name, column: "Medelvärde \(row.year)") == string(row.mean), "\(label)")
                #expect(details.cell(group: group, label: name, column: "P5–P95 \(row.year)")
                        == "\(string(row.p05))–\(string(row.p95))", "\(label)")
                if let pMeet = row.pMeet {
                    #expect(probabilities.cell(group: group, label: name, column: "\(row.year)") == string(pMeet), "\(label)")
                    targeted += 1
                }
            }
        }
        // Eight targets (newborns per FTE, per nurse, per doctor and five activities), two years.
        #expect(targeted == 16)
    }

    static let hasTeX = ExternalTool.onPath("latexmk", "pdftotext", "pdfinfo")

    @Test(.enabled(if: hasTeX, "needs latexmk, pdftotext and pdfinfo (CI installs them)"))
    func pdfReportHasTheUnitsAndProbabilities() throws {
        let (scenarios, reports) = try folder()
        let outcome = try run(scenarios, reports, formats: [.pdf, .md])
        #expect(outcome.failed.isEmpty)
        let pdf = reports.appendingPathComponent("good/good.pdf").path
        let info = try ExternalTool.output(of: "pdfinfo", [pdf])
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.flatMap { Int($0) })
        let text = try ExternalTool.output(of: "pdftotext", ["-layout", pdf, "-"])
        // The page count, derived rather than recorded: pdftotext ends each page with a form
        // feed, no page is blank, and the last page's footer carries the page count.
        let texts = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
        #expect(texts.count == pages)
        #expect(texts.allSatisfy { $0.contains { !$0.isWhitespace } })
        let footer = texts.last?.split(separator: "\n").last { $0.contains { !$0.isWhitespace } }
        #expect(footer?.trimmingCharacters(in: .whitespaces) == String(pages), "\(footer ?? "")")
        // Every section, in the order of the Markdown report built from the same document.
        let markdown = try String(contentsOf: reports.appendingPathComponent("good/good.md"), encoding: .utf8)
        let sections = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(sections.count >= 6, "about the run, probabilities, region, units, fan charts, assumptions: \(sections)")
        var position = text.startIndex
        for title in sections {
            let found = text.range(of: title, range: position..<text.endIndex)
            #expect(found != nil, "section \(title), in order")
            position = found?.upperBound ?? position
        }
        #expect(text.contains("BVC Öster"))
        // Table (a): under the unit's heading, each target's row holds the probabilities of 2026
        // and 2027 as results.csv has them († marks those under 50%).
        let results = try ResultSet(directory: reports.appendingPathComponent("good"))
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let tableStart = try #require(lines.firstIndex { $0.hasSuffix(": Sannolikhet att nå målet") })
        let table = lines[tableStart...].prefix { !$0.hasPrefix("†") }
        #expect(table.contains("BVC Öster (Växjö)"))
        let targeted = Set(results.results.filter { $0.unit == "U1" && $0.pMeet != nil }.map(\.indicator))
        #expect(targeted.count == 8)
        for indicator in targeted {
            let name = ReportLanguage.sv.indicatorName(indicator)
            let row = try #require(table.first { $0.hasPrefix(name + " ") }, "\(name)")
            let shown = row.dropFirst(name.count).split(separator: " ").suffix(2).map { $0.replacingOccurrences(of: "†", with: "") }
            let expected = try [2026, 2027].map { year in
                ReportLanguage.sv.number(try #require(results.results.first { $0.unit == "U1" && $0.year == year && $0.indicator == indicator }?.pMeet))
            }
            #expect(shown == expected, "\(name): \(row)")
        }
    }
}
