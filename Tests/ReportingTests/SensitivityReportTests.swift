import Foundation
import ResultFormat
import Testing
@testable import Reporting

/// The report's sensitivity section: a tornado and a sentence per missed target, only when the
/// folder holds `bhvplan sensitivity`'s files.
@Suite struct SensitivityReportTests {
    static let sensitivityCSV = """
        scenario,unit,year,indicator,assumption,range_origin,value,low,high,base_mean,low_mean,high_mean,base_p_meet,low_p_meet,high_p_meet,swing
        "Bas, 2026",VXJ-CENTRUM,2026,first_home_visit,staffing.hours_per_fte_year,assumption: ±20%,1872,1497.6,2246.4,0.87,0.7,0.95,0.2815,0.01,0.7,0.4185
        "Bas, 2026",VXJ-CENTRUM,2026,first_home_visit,staffing.sick_leave_mean,source: regions 2019–2021: 5.7–7.1%,0.065,0.057,0.071,0.87,0.88,0.86,0.2815,0.31,0.25,0.0315
        "Bas, 2026",VXJ-CENTRUM,2026,first_home_visit,workload.parent_group.acceptance,set in the scenario,0.8,0.6,0.9,0.87,0.87,0.87,0.2815,0.2815,0.2815,0

        """

    static let attributionCSV = """
        scenario,unit,year,indicator,target,p_meet,missed_trials,trials,births,vacancies,sick_leave,vacation_peak,long_leave,unexplained
        "Bas, 2026",VXJ-CENTRUM,2026,first_home_visit,0.9,0.2815,1437,2000,0.12,0.3,0.02,0.05,0.04,0.58

        """

    /// The fixture's run (without the comparison and staffing files, whose English tables are
    /// not this section's) with the sensitivity files.
    static func results() throws -> ResultSet {
        var results = try ResultSet(directory: try Fixture.makeDirectory())
        results.sensitivity = try SensitivityRow.read(csv: sensitivityCSV, fileName: "sensitivity.csv")
        results.attribution = try AttributionRow.read(csv: attributionCSV, fileName: "attribution.csv")
        return results
    }

    @Test func withoutTheFilesThereIsNoSection() throws {
        let results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
        #expect(!Fixture.document(results).sections.contains { $0.id == .sensitivity })
    }

    @Test func theTornadoShowsTheAssumptionsThatMoveTheTargetLargestFirst() throws {
        let document = Fixture.document(try Self.results(), .en)
        let section = try #require(document.sections.first { $0.id == .sensitivity })
        #expect(section.title == "Sensitivity and why targets are missed")
        let tornado = try #require(section.blocks.compactMap { if case .tornado(let tornado) = $0 { tornado } else { nil } }.first)
        // The assumption without effect has no bar; the table below lists it.
        #expect(tornado.bars.map(\.label) == ["staffing.hours_per_fte_year 1497.6–2246.4", "staffing.sick_leave_mean 0.057–0.071"])
        #expect(abs(tornado.bars[0].low - (0.01 - 0.2815)) < 1e-12 && abs(tornado.bars[0].high - (0.7 - 0.2815)) < 1e-12)
        let html = HTMLReport(document: document).render()
        #expect(html.contains("<figure class=\"tornado\"><figcaption>First home visit, BVC Centrum (Växjö) 2026</figcaption>"))
        #expect(html.contains("source: regions 2019–2021: 5.7–7.1%") && html.contains("set in the scenario"))
        // The prose and the table round to what a reader needs: 0.2815 reads 0.282.
        #expect(html.contains("the probability of meeting the target is 0.282 with the assumptions as they are"))
        #expect(html.contains("BVC Centrum (Växjö) 2026, first home visit missed in 72% of trials; vacancies explain 30%, births above expectation 12%, "
            + "the summer vacation peak 5%, long leave 4%, sick leave above its mean 2%; in 58% no single driver explains it: "
            + "the unit falls short whatever happens."))
        let latex = LaTeXReport(document: document).render()
        #expect(latex.contains("xbar, bar width=5pt") && latex.contains("yticklabels={{staffing.hours\\_per\\_fte\\_year 1497.6–2246.4}"))
    }

    @Test func aSwedishReportSaysWhereTheRangesComeFromInSwedish() throws {
        let html = HTMLReport(document: Fixture.document(try Self.results(), .sv)).render()
        #expect(html.contains("Känslighet och varför målen missas"))
        #expect(html.contains("källa: regions 2019–2021") && html.contains("antagande: ±20\u{00A0}%") && html.contains("angivet i scenariot"))
        #expect(html.contains("BVC Centrum (Växjö) 2026, första hembesök missas i 72\u{00A0}% av simuleringarna; vakanser förklarar 30\u{00A0}%"))
    }

    @Test(.enabled(if: PDFBuilderTests.hasLaTeX && PDFBuilderTests.hasPdftotext, "needs latexmk and pdftotext on PATH"))
    func theSectionCompilesToAPDFWithoutOverfullLines() throws {
        let tex = try Fixture.temporaryDirectory().appendingPathComponent("report.tex")
        try AtomicFileWriter.write(LaTeXReport(document: Fixture.document(try Self.results(), .en)).render(), to: tex)
        let build = try PDFBuilder().build(texFile: tex)
        #expect(!build.log.contains("Overfull"), "\(build.warnings)")
        let text = try PDFBuilderTests.pdftotext(build.pdf)
        #expect(text.contains("Sensitivity and why targets are missed") && text.contains("low end") && text.contains("high end"))
        #expect(text.contains("BVC Centrum (Växjö) 2026, first home visit missed in 72% of trials"))
    }
}
