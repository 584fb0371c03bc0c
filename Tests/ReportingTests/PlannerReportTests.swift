import Foundation
import ResultFormat
import TestSupport
import Testing
@testable import Reporting

/// The report as a planner reads it: the summary with the units at risk on page 1, the heat maps
/// with results.csv's probabilities, a page (an anchor) per unit.
@Suite struct PlannerReportTests {
    let results: ResultSet

    init() throws {
        results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
    }

    /// ALM-SODER's worst probability (0.0405, newborns per nurse 2027) is below VXJ-CENTRUM's
    /// (0.2815, first home visit 2026), so it comes first; both have staffing advice.
    @Test func atRiskUnitsComeMostAtRiskFirstWithTheirAdvice() throws {
        let html = HTMLReport(document: Fixture.document(results, .en)).render()
        let table = try #require(HTMLTable(html, caption: "Units at risk"))
        #expect(table.rows.map { $0.cells[0] } == ["BVC Älmhult Söder", "BVC Centrum"])
        #expect(table.rows.map { $0.cells[2] } == ["2027", "2026"])
        #expect(table.rows.map { $0.cells[3] } == ["0.04", "0.28"])
        #expect(table.rows[1].cells[5] == "4.25 FTE in 5 persons (now 3.75 in 4)")
        #expect(table.rows[0].cells[5].hasPrefix("cannot meet them alone (now 1.25 in 2)"))
    }

    /// Every cell of both heat maps is the unit's p_meet of results.csv, as the CSV writes it.
    @Test func heatMapCellsAreResultsCSVValues() throws {
        let html = HTMLReport(document: Fixture.document(results, .en)).render()
        var compared = 0
        for year in [2026, 2027] {
            let map = try #require(HTMLTable(html, caption: "Probability of meeting the targets, unit by unit, \(year)"))
            let indicators = ["newborns_per_nurse_fte", "newborns_per_nurse", "first_home_visit", "partner_talk"]
            #expect(map.header.dropFirst().map { $0.components(separatedBy: " ≤").first!.components(separatedBy: " ≥").first! }
                == indicators.map(ReportLanguage.en.indicatorName))
            for (unit, row) in zip(["VXJ-CENTRUM", "ALM-SODER"], map.rows) {
                for (indicator, cell) in zip(indicators, row.cells) {
                    let fields = try #require(Fixture.resultFields.first { $0[1] == unit && $0[2] == String(year) && $0[3] == indicator })
                    #expect(cell == fields[8], "\(unit) \(year) \(indicator)")
                    compared += 1
                }
            }
        }
        #expect(compared == 16)
        #expect(html.contains("style=\"background:#\(HeatMap.colour(0.4235));color:#fff\">0.4235<span class=\"mark\">†</span>"))
    }

    @Test func colourScaleRunsFromDarkToLight() {
        #expect(HeatMap.colour(0) == "440154" && HeatMap.colour(1) == "FDE725" && HeatMap.colour(0.5) == "21908C")
        #expect(HeatMap.colour(-1) == "440154" && HeatMap.colour(0.0625) != HeatMap.colour(0))
    }

    /// Each unit has a section with its id as anchor, linked from the index and the heat map; the
    /// table of contents links every other section.
    @Test func htmlHasAnAnchorPerUnitAndATableOfContents() {
        let html = HTMLReport(document: Fixture.document(results)).render()
        for unit in ["VXJ-CENTRUM", "ALM-SODER"] {
            #expect(html.components(separatedBy: "<section id=\"\(unit)\" class=\"unit-page\">").count == 2, "\(unit)")
            #expect(html.components(separatedBy: "<a href=\"#\(unit)\">").count == 4, "index and two heat maps: \(unit)")
        }
        #expect(html.contains("<nav class=\"toc\">\n<h2>Innehåll</h2>"))
        #expect(html.contains("<li><a href=\"#summary\">Sammanfattning</a></li>"))
        #expect(html.contains("<li><a href=\"#heat-map\">"))
        #expect(html.contains("Älmhult</h3>\n<ul class=\"links\">\n<li><a href=\"#ALM-SODER\">ALM-SODER – BVC Älmhult Söder</a></li>"))
    }

    /// The summary's three lines on the comparison: no unit crosses 0.8 (VXJ-CENTRUM's first home
    /// visit 2027 goes from 0.9385 to 0.9885), and the region has no compared row.
    @Test func scenarioChangesNameTheUnitsCrossingTheLine() {
        let markdown = MarkdownReport(document: Fixture.document(results, .en)).render()
        #expect(markdown.contains("### What the scenario changes: Fler tjänster – Bas, 2026"))
        #expect(markdown.contains("- **Units over 0.8**: 2027: 0 rise over it for some target, 0 fall below."))
    }

    @Test(.enabled(if: PDFBuilderTests.hasLaTeX && PDFBuilderTests.hasPdftotext, "needs latexmk and pdftotext on PATH"))
    func pdfHasTheAtRiskUnitsOnPageOneAndAPagePerUnit() throws {
        let tex = try Fixture.temporaryDirectory().appendingPathComponent("report.tex")
        try AtomicFileWriter.write(LaTeXReport(document: Fixture.document(results)).render(), to: tex)
        let build = try PDFBuilder().build(texFile: tex)
        #expect(!build.log.contains("Overfull"), "\(build.warnings)")
        let pages = try PDFBuilderTests.pdftotext(build.pdf).components(separatedBy: "\u{0C}")
        let first = try #require(pages.first)
        let alm = try #require(first.range(of: "BVC Älmhult Söder")), centrum = try #require(first.range(of: "BVC Centrum\n"))
        #expect(alm.lowerBound < centrum.lowerBound)
        #expect(first.contains("Enheter i riskzonen"))
        for unit in ["VXJ-CENTRUM", "ALM-SODER"] {
            let own = pages.filter { $0.contains("\(unit) – BVC") && $0.contains("Bemanning och råd") }
            #expect(own.count == 1, "\(unit)")
        }
        // The index gives each unit's page number.
        let index = try #require(pages.first { $0.contains("Enheterna per kommun") })
        #expect(index.contains("ALM-SODER – BVC Älmhult Söder"))
    }
}
