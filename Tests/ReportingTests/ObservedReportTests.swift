import Foundation
import ResultFormat
import TestSupport
import Testing
@testable import Reporting

/// `report` with an observed.csv: each observation beside its projection with its percentile,
/// points on the fan charts where the numbers say, small cells masked, the rest listed as not
/// compared, and bad rows refused with file, line and column.
@Suite struct ObservedReportTests {
    let results: ResultSet

    init() throws {
        results = try ResultSet(directory: try Fixture.makeDirectory(observed: true))
    }

    /// The rows of a unit's observed table in HTML: (indicator, year) → cells, the indicator
    /// carried down the rows that leave it blank.
    static func observedTable(_ html: String, unit: String) throws -> [String: [String]] {
        let table = try #require(HTMLTable(html, caption: "Observerat mot prognos: \(unit)"))
        var rows: [String: [String]] = [:]
        var indicator = ""
        for row in table.rows {
            if !row.cells[0].isEmpty { indicator = row.cells[0] }
            rows["\(indicator) | \(row.cells[1])"] = Array(row.cells.dropFirst(2))
        }
        #expect(table.header == ["Indikator", "År", "Observerat", "Prognos, medelvärde", "P5–P95", "Percentil i prognosen"])
        return rows
    }

    @Test func aPercentileIsInterpolatedBetweenTheNeighbouringQuantiles() {
        let fan: [(percent: Double, value: Double)] = [(5, 10), (25, 20), (50, 30), (75, 40), (95, 50)]
        #expect(ProjectedPercentile(of: 30, quantiles: fan) == .at(50))
        #expect(ProjectedPercentile(of: 25, quantiles: fan) == .at(37.5))
        #expect(ProjectedPercentile(of: 45, quantiles: fan) == .at(85))
        #expect(ProjectedPercentile(of: 10, quantiles: fan) == .at(5))
        #expect(ProjectedPercentile(of: 50, quantiles: fan) == .at(95))
        #expect(ProjectedPercentile(of: 9.99, quantiles: fan) == .below(5))
        #expect(ProjectedPercentile(of: 50.01, quantiles: fan) == .above(95))
        // A flat stretch: the value equal to several quantiles gets the middle of theirs.
        #expect(ProjectedPercentile(of: 7, quantiles: [(5, 7), (50, 7), (95, 7)]) == .at(50))
        #expect(ProjectedPercentile(of: 0, quantiles: [(5, 0), (25, 0), (50, 0), (75, 1), (95, 2)]) == .at(27.5))
        #expect(ProjectedPercentile(of: 1.5, quantiles: [(5, 0), (25, 0), (50, 0), (75, 1), (95, 2)]) == .at(85))
        #expect(ProjectedPercentile(of: 30, quantiles: fan).isInsideBand && !ProjectedPercentile(of: 9, quantiles: fan).isInsideBand)
    }

    /// The fan's five quantiles where the indicator has a fan, else results.csv's P5, P50, P95;
    /// observations without a projection grouped by unit and year with the reason.
    @Test func observationsAreMatchedToTheirProjection() throws {
        let observed = try #require(results.observed)
        let matched = ObservedBesideProjected(observed: observed, results: results)
        let keys = matched.compared.map { "\($0.observed.unit) \($0.observed.year) \($0.observed.indicator)" }
        #expect(keys == ["VXJ-CENTRUM 2026 first_home_visit", "VXJ-CENTRUM 2027 first_home_visit",
                                "VXJ-CENTRUM 2026 newborns_per_nurse_fte", "ALM-SODER 2026 newborns", "ALM-SODER 2026 first_home_visit"])
        let percentiles = matched.compared.map(\.percentile)
        #expect(percentiles[0] == .at(50))  // 0.872 is the fan's P50
        #expect(percentiles[1] == .below(5))  // 0.8 is below the fan's P5 0.895
        // 46.7 lies a fifth of the way from the fan's P50 46.1 to its P75 49.1.
        guard case .at(let fifth) = percentiles[2] else { Issue.record("\(percentiles[2])"); return }
        #expect(abs(fifth - 55) < 1e-9)
        #expect(percentiles[3] == .at(61.25))  // 41: a quarter from results.csv's P50 38 to P95 50 (no fan for newborns)
        #expect(percentiles[4] == .above(95))  // 1 is above the fan's P95 0.99 (masked in the report: 3 children)
        #expect(matched.compared[0].projected.mean == 0.871234)
        #expect(matched.notCompared.map { "\($0.unit) \($0.year) \($0.indicators) \($0.reason)" } == [
            "ALM-SODER 2026 [\"ext_reached\"] indicatorNotProjected",
            "VXJ-CENTRUM 2025 [\"first_home_visit\", \"newborns\"] yearNotProjected(first: 2026, last: 2027)",
            "VXJ-NORR 2026 [\"newborns\"] unitNotProjected",
        ])
    }

    /// Each unit's page has its table; the section counts per unit how many fell inside, below and
    /// above P5–P95, masked cells left out.
    @Test func theTablesGiveEachObservationItsProjectionAndPercentile() throws {
        let html = HTMLReport(document: Fixture.document(results)).render()
        let centrum = try Self.observedTable(html, unit: "VXJ-CENTRUM"), soder = try Self.observedTable(html, unit: "ALM-SODER")
        #expect(centrum["Första hembesök | 2026"] == ["0,872", "0,871234", "0,8125–0,925", "50"])
        #expect(centrum["Första hembesök | 2027"] == ["0,8", "0,93405", "0,895–0,97", "under P5"])
        #expect(centrum["Nyfödda per heltidstjänst | 2026"] == ["46,7", "46,218", "39,5–53,75", "55"])
        #expect(soder["Nyfödda | 2026"] == ["41", "38,4", "28–50", "61"])
        // 3 children: masked as observe masks the terminal, its percentile not given either.
        #expect(soder["Första hembesök | 2026"] == ["&lt;5", "0,952", "0,9–0,99", ""])
        #expect(centrum.count == 3 && soder.count == 2)
        #expect(html.contains("3 av 4 visade observationer (75 %) ligger inom prognosens P5–P95"))
        #expect(html.contains("&lt;5: värdet vilar på färre än 5 barn"))
        #expect(html.contains("linjärt mellan de två närmaste kvantilerna"))
        let overview = try #require(HTMLTable(html, caption: "Observationer inom och utanför prognosens P5–P95, per enhet"))
        #expect(overview.header == ["Enhet", "Observationer", "Inom P5–P95", "Under P5", "Över P95"])
        #expect(overview.rows.map(\.cells) == [["BVC Centrum (Växjö)", "3", "2", "1", "0"], ["BVC Älmhult Söder (Älmhult)", "1", "1", "0", "0"]])
        let centrumLabel = "BVC Centrum (Växjö)", soderLabel = "BVC Älmhult Söder (Älmhult)"

        let notCompared = try #require(HTMLTable(html, caption: "Inte jämförda"))
        #expect(notCompared.rows.map(\.cells) == [
            [soderLabel, "2026", "Utökat hembesöksprogram: nådda", "indikatorn räknas inte i prognosen för enheten"],
            [centrumLabel, "2025", "Nyfödda, Första hembesök", "året ligger utanför prognosens år 2026–2027"],
            ["VXJ-NORR", "2026", "Nyfödda", "enheten finns inte i prognosen"],
        ])
    }

    @Test func withoutObservationsTheReportHasNoSuchSection() throws {
        let plain = try ResultSet(directory: try Fixture.makeDirectory())
        #expect(plain.observed == nil)
        let html = HTMLReport(document: Fixture.document(plain)).render()
        #expect(!html.contains("Observerat") && !html.contains("class=\"observed\""))
    }

    /// A chart of round numbers: values 0–100 padded to 0–108 over 214 px of height from y = 228,
    /// years 2025.8–2027.2 over 374 px from x = 52.
    @Test func observedPointsLandAtTheirCoordinatesInTheSVG() {
        let band = { (year: Int) in FanChart.Point(year: year, p05: 0, p25: 20, p50: 50, p75: 80, p95: 100) }
        let chart = FanChart(title: "T", points: [band(2026), band(2027)], target: [],
                             observed: [.init(year: 2026, value: 54), .init(year: 2027, value: 0)])
        let svg = SVGFanChart(chart: chart, language: .en).render()
        #expect(svg.contains("<circle class=\"observed\" cx=\"105.4\" cy=\"121.0\" r=\"4\"><title>Observed 2026: 54</title></circle>"))
        #expect(svg.contains("<circle class=\"observed\" cx=\"372.6\" cy=\"228.0\" r=\"4\"><title>Observed 2027: 0</title></circle>"))
        #expect(svg.contains("<text class=\"legend\" x=\"24\" y=\"0\">Observed</text>"))
        // An observation above the band widens the axis so the point stays inside it.
        let high = FanChart(title: "T", points: [band(2026)], target: [], observed: [.init(year: 2026, value: 120)])
        #expect(high.valueRange == 0...120)
    }

    /// In pgfplots the points are data coordinates (year, value); the masked observation (3
    /// children at ALM-SODER) and the years outside the projection are not drawn.
    @Test func observedPointsAreDrawnAtTheirDataCoordinatesInPgfplots() {
        let latex = LaTeXReport(document: Fixture.document(results)).render()
        let marks = "\\addplot[only marks, mark=diamond*, mark size=2.6pt, draw=black, fill=orange] coordinates "
        #expect(latex.components(separatedBy: marks).count - 1 == 2)
        #expect(latex.contains(marks + "{(2026,0.872) (2027,0.8)};\n\\addlegendentry{Observerat}"))
        #expect(latex.contains(marks + "{(2026,46.7)};"))
        #expect(latex.contains("ymin=0.7864, ymax=0.9836"), "the axis reaches down to the observation 0.8")
        let html = HTMLReport(document: Fixture.document(results)).render()
        #expect(html.components(separatedBy: "<title>Observerat ").count - 1 == 3)
    }

    @Test func markdownHasTheTableAndTheObservedColumnOfTheFans() {
        let markdown = MarkdownReport(document: Fixture.document(results)).render()
        #expect(markdown.contains("| Första hembesök | 2026 | 0,872 | 0,871234 | 0,8125–0,925 | 50 |"))
        #expect(markdown.contains("|  | 2027 | 0,8 | 0,93405 | 0,895–0,97 | under P5 |"))
        #expect(markdown.contains("| Första hembesök | 2026 | \\<5 | 0,952 | 0,9–0,99 |  |"))
        #expect(markdown.contains("| Första hembesök: År | P5 | P25 | Median | P75 | P95 | Mål | Observerat |"))
        #expect(markdown.contains("| 2027 | 0,895 | 0,92 | 0,935 | 0,95 | 0,97 | 0,9 | 0,8 |"))
    }

    @Test func badObservedRowsAreRefusedWithFileLineAndColumn() throws {
        let header = "scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined\n"
        func problem(_ rows: String) -> String? {
            do {
                _ = try ObservedFile.read(csv: header + rows, fileName: "observed.csv")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem("observed,A,2026,epds,0.9,,,,1,0.9,12\nobserved,A,2O27,epds,0.9,,,,1,0.9,12\n")
            == "observed.csv:3: year: '2O27' is not a whole number (allowed: a whole number)")
        #expect(problem("default,A,2026,epds,0.9,0.8,0.9,0.95,0.6,0.9,500\n")
            == "observed.csv:2: scenario: 'default' is not an observation (allowed: observed, as `bhvplan observe` writes observed.csv)")
        #expect(problem("observed,A,2026,epds,0.9,,,,1,0.9,12\nobserved,A,2026,epds,0.8,,,,0,0.9,12\n")
            == "observed.csv:3: unit, year, indicator: A 2026 epds is given twice, first on line 2 (allowed: one row per unit, year and indicator)")
        #expect(problem("observed,A,2026,epds,,,,,1,0.9,12\n") == "observed.csv:2: mean: is empty (allowed: a number)")
        #expect(problem("observed,A,2026,epds,0.9,,,,1,0.9,12\n") == nil)

        // In a results folder, the same error names observed.csv and its line.
        let folder = try Fixture.makeDirectory()
        try Data((header + "observed,A,2026,epds,0.9,,,,2,0.9,12\n").utf8).write(to: folder.appendingPathComponent("observed.csv"))
        #expect(throws: ResultFormatError.malformedFile(file: "observed.csv", line: 2,
                                                        reason: "p_meet: 2 is not a yes or no (allowed: 1, 0 or empty)")) {
            try ResultSet(directory: folder)
        }
        #expect(throws: ResultFormatError.unreadableFile(
            file: folder.path + "/sub/observed.csv",
            reason: "no such file or folder (allowed: observed.csv as `bhvplan observe --out` writes it, or the folder holding it)")) {
            try ObservedFile.read(path: folder.path + "/sub/observed.csv")
        }
        try Data((header + "observed,A,2026,epds,0.9,,,,1,0.9,12\n").utf8).write(to: folder.appendingPathComponent("observed.csv"))
        #expect(try ObservedFile.read(path: folder.path).count == 1, "a folder is read as the observed.csv it holds")
    }

    @Test(.enabled(if: PDFBuilderTests.hasLaTeX && PDFBuilderTests.hasPdftotext, "needs latexmk and pdftotext on PATH"))
    func thePDFHoldsTheTableAndThePoints() throws {
        let tex = try Fixture.temporaryDirectory().appendingPathComponent("report.tex")
        try AtomicFileWriter.write(LaTeXReport(document: Fixture.document(results)).render(), to: tex)
        let build = try PDFBuilder().build(texFile: tex)
        #expect(!build.log.contains("LaTeX Warning"), "\(build.warnings)")
        #expect(!build.log.contains("Overfull"), "\(build.warnings)")
        let text = try PDFBuilderTests.pdftotext(build.pdf)
        #expect(text.contains("Observerat mot prognos"))
        #expect(text.contains("3 av 4 visade observationer (75 %) ligger inom prognosens P5–P95"))
        for cell in ["0,872", "0,871234", "0,8125–0,925", "46,7", "under P5", "<5", "61", "Inte jämförda", "prognosens år 2026–2027"] {
            #expect(text.contains(cell), "\(cell)")
        }
    }
}
