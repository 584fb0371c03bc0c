import Foundation
import ResultFormat
import TestSupport
import Testing
@testable import Reporting

/// The report's backtest page (`backtest.csv`): the table per year and indicator with exactly the
/// file's numbers, the histogram drawn as bars against the even spread in every format, a folder
/// of the backtest alone reported by that page, and bad rows refused with file, line and column.
@Suite struct BacktestReportTests {
    /// Two years, two indicators, the rows over all indicators and all years; each histogram
    /// sums to its observations, and the all-years rows to the years'.
    static let backtestCSV = """
        scenario,year,indicator,observations,inside_p05_p95,mean_absolute_error,pct_0_10,pct_10_20,pct_20_30,pct_30_40,pct_40_50,pct_50_60,pct_60_70,pct_70_80,pct_80_90,pct_90_100
        demo,2024,newborns,4,0.75,12.5,1,0,0,1,0,1,0,0,0,1
        demo,2024,epds,4,1,0.0412,0,1,0,0,1,1,0,1,0,0
        demo,2024,all,8,0.875,6.2706,1,1,0,1,1,2,0,1,0,1
        demo,2025,newborns,4,1,8.25,0,0,1,0,1,1,1,0,0,0
        demo,2025,epds,4,0.5,0.10555,2,0,0,0,0,0,0,1,0,1
        demo,2025,all,8,0.75,4.17778,2,0,1,0,1,1,1,1,0,1
        demo,all,newborns,8,0.875,10.375,1,0,1,1,1,2,1,0,0,1
        demo,all,epds,8,0.75,0.073375,2,1,0,0,1,1,0,2,0,1
        demo,all,all,16,0.8125,5.22419,3,1,1,1,2,3,1,2,0,2

        """

    /// A folder holding only backtest.csv, as `bhvplan backtest --out` writes it (with its manifest).
    static func backtestFolder() throws -> URL {
        let folder = try Fixture.temporaryDirectory().appendingPathComponent("backtest")
        try ResultSetWriter.write([(ResultFiles.backtest, backtestCSV)], as: .backtest, into: folder)
        return folder
    }

    static func document(_ language: ReportLanguage = .sv) throws -> ReportDocument {
        let rows = try BacktestRow.read(csv: backtestCSV, fileName: ResultFiles.backtest)
        return ReportDocument(language: language, scenario: "demo", title: "T", subtitle: "S",
                              sections: [BacktestSection(rows: rows, language: language).section()])
    }

    @Test func theTableHasEachYearAndIndicatorWithTheFilesNumbers() throws {
        let html = HTMLReport(document: try Self.document()).render()
        let table = try #require(HTMLTable(html, caption: "Andel inom P5–P95 och medelabsolutfel, per år och indikator"))
        #expect(table.header == ["Indikator", "Observationer", "Inom P5–P95 (%)", "Medelabsolutfel"])
        #expect(table.rows.map(\.group) == ["2024", "2024", "2024", "2025", "2025", "2025", "Alla år", "Alla år", "Alla år"])
        #expect(table.rows.map(\.cells) == [
            ["Nyfödda", "4", "75", "12,5"], ["EPDS-samtal", "4", "100", "0,0412"], ["Alla indikatorer", "8", "88", ""],
            ["Nyfödda", "4", "100", "8,25"], ["EPDS-samtal", "4", "50", "0,106"], ["Alla indikatorer", "8", "75", ""],
            ["Nyfödda", "8", "88", "10,4"], ["EPDS-samtal", "8", "75", "0,0734"], ["Alla indikatorer", "16", "81", ""],
        ])
        #expect(html.contains("<p>Över alla år ligger 13 av 16 observationer (81 %) inom prognosens P5–P95. "
                              + "En kalibrerad prognos har ungefär 90 % inom P5–P95 och ett platt histogram"))
        let english = HTMLReport(document: try Self.document(.en)).render()
        #expect(english.contains("Over all years, 13 of 16 observations (81%) lie inside the projected P5–P95. "
                                 + "A calibrated projection has about 90% inside P5–P95 and a flat histogram"))
        #expect(HTMLTable(english, caption: "Share inside P5–P95 and mean absolute error, per year and indicator")?
            .cell(group: "All years", label: "All indicators", column: "Inside P5–P95 (%)") == "81")
    }

    /// The ten bins of all years and indicators, 3 1 1 1 2 3 1 2 0 2, at x = 1…10, and the even
    /// spread 16/10 = 1.6 as a line across them.
    @Test func theHistogramIsDrawnAsBarsInPgfplots() throws {
        let latex = LaTeXReport(document: try Self.document()).render()
        #expect(latex.contains("coordinates {(1,3) (2,1) (3,1) (4,1) (5,2) (6,3) (7,1) (8,2) (9,0) (10,2)};"))
        #expect(latex.contains("xticklabels={{0–10},{10–20},{20–30},{30–40},{40–50},{50–60},{60–70},{70–80},{80–90},{90–100}}"))
        #expect(latex.contains("coordinates {(0.4,1.6) (10.6,1.6)};\n\\addlegendentry{jämn fördelning, 1,6 per stapel}"))
        #expect(latex.contains("ymin=0, ymax=3.24,"), "the tallest bar, 3, padded by 8%")
    }

    /// The axis runs 0–3.24 over 182 px from y = 196: a bar of 3 rises to 27.5, one of 1 to
    /// 139.8; each of the ten slots is 37.4 px wide from x = 52, its bar the middle 76%.
    @Test func theHistogramIsDrawnAsBarsInTheSVG() throws {
        let html = HTMLReport(document: try Self.document()).render()
        #expect(html.components(separatedBy: "<rect class=\"bar\"").count - 1 == 10)
        #expect(html.contains("<rect class=\"bar\" x=\"56.5\" y=\"27.5\" width=\"28.4\" height=\"168.5\" fill=\"#6f8fc9\"><title>0–10: 3</title></rect>"))
        #expect(html.contains("<rect class=\"bar\" x=\"93.9\" y=\"139.8\" width=\"28.4\" height=\"56.2\" fill=\"#6f8fc9\"><title>10–20: 1</title></rect>"))
        #expect(html.contains("<rect class=\"bar\" x=\"355.7\" y=\"196.0\" width=\"28.4\" height=\"0.0\" fill=\"#6f8fc9\"><title>80–90: 0</title></rect>"))
        #expect(html.contains("<line class=\"level\" x1=\"52.0\" x2=\"426.0\" y1=\"106.1\" y2=\"106.1\""))
    }

    @Test func markdownGivesTheHistogramAsATable() throws {
        let markdown = MarkdownReport(document: try Self.document()).render()
        #expect(markdown.contains("| Percentil i prognosen | Observationer |\n| --- | ---: |\n| 0–10 | 3 |\n| 10–20 | 1 |"))
        #expect(markdown.contains("| 90–100 | 2 |"))
        #expect(markdown.contains("| Nyfödda | 4 | 75 | 12,5 |"))
    }

    /// A results folder with a backtest beside its run has the page after the observations; a
    /// folder with the backtest alone is reported by that page, under the backtest's scenario.
    @Test func theBacktestIsReadFromTheResultsFolder() throws {
        let folder = try Fixture.makeDirectory()
        try Self.backtestCSV.write(to: folder.appendingPathComponent(ResultFiles.backtest), atomically: false, encoding: .utf8)
        let results = try ResultSet(directory: folder)
        #expect(results.backtest?.count == 9)
        #expect(results.backtest?.last == BacktestRow(scenario: "demo", year: nil, indicator: "all", observations: 16, inside: 0.8125,
                                                       meanAbsoluteError: 5.22419, histogram: [3, 1, 1, 1, 2, 3, 1, 2, 0, 2]))
        let ids = Fixture.document(results).sections.map(\.id)
        #expect(ids.firstIndex(of: .backtest) == ids.firstIndex(of: .charts).map { $0 + 1 })

        let alone = try Self.backtestFolder()
        #expect(ResultSet.holdsBacktestOnly(alone) && !ResultSet.holdsBacktestOnly(folder))
        let written = try renderReports(resultsDirectory: alone, formats: [.md], outputDirectory: alone)
        let markdown = try String(contentsOf: written[0], encoding: .utf8)
        #expect(markdown.hasPrefix("# Kapacitetsplan för barnhälsovården\n\n**Scenario: demo**\n\n## Efterhandsprövning"))
    }

    @Test func badBacktestRowsAreRefusedWithFileLineAndColumn() throws {
        let header = String(Self.backtestCSV.prefix { $0 != "\n" }) + "\n"
        func problem(_ row: String) -> String? {
            do {
                _ = try BacktestRow.read(csv: header + row, fileName: "backtest.csv")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem("demo,2024,epds,4,1.5,0.04,0,1,0,0,1,1,0,1,0,0\n")
            == "backtest.csv:2: inside_p05_p95: 1.5 is not a share (allowed: 0 to 1)")
        #expect(problem("demo,20x4,epds,4,1,0.04,0,1,0,0,1,1,0,1,0,0\n")
            == "backtest.csv:2: year: '20x4' is not a whole number (allowed: a whole number)")
        #expect(problem("demo,2024,epds,4,1,0.04,0,1,0,0,1,1,0,1,0,\n")
            == "backtest.csv:2: pct_90_100: is empty (allowed: a whole number)")
        // A backtest.csv changed after backtest wrote it no longer matches its manifest.
        let folder = try Self.backtestFolder()
        try (Self.backtestCSV + "demo,2026,epds,1,1,0,1,0,0,0,0,0,0,0,0,0\n")
            .write(to: folder.appendingPathComponent(ResultFiles.backtest), atomically: false, encoding: .utf8)
        #expect(throws: ResultFormatError.mixedSet(files: [ResultFiles.backtest])) { try ResultSet.backtest(in: folder) }
    }

    @Test(.enabled(if: PDFBuilderTests.hasLaTeX && PDFBuilderTests.hasPdftotext, "needs latexmk and pdftotext on PATH"))
    func thePDFHoldsTheTableAndTheChart() throws {
        let folder = try Self.backtestFolder()
        let tex = try renderReports(resultsDirectory: folder, formats: [.latex], outputDirectory: folder)[0]
        let build = try PDFBuilder().build(texFile: tex)
        #expect(!build.log.contains("LaTeX Warning"), "\(build.warnings)")
        #expect(!build.log.contains("Overfull"), "\(build.warnings)")
        let text = try PDFBuilderTests.pdftotext(build.pdf)
        for cell in ["Efterhandsprövning", "13 av 16 observationer (81 %)", "Alla indikatorer", "12,5", "0,0412", "10,4", "Alla år",
                     "jämn fördelning, 1,6 per stapel", "90–100"] {
            #expect(text.contains(cell), "\(cell)")
        }
    }
}
