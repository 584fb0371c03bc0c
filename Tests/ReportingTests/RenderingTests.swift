import Foundation
import ResultFormat
import TestSupport
import Testing
@testable import Reporting

@Suite struct RenderingTests {
    let results: ResultSet

    init() throws {
        results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
    }

    /// The text of every `<td>` in the HTML, in document order.
    static func cells(_ html: String) -> [String] {
        html.components(separatedBy: "<td").dropFirst().map { part in
            let afterTag = part[part.index(after: part.firstIndex(of: ">")!)...]
            return String(afterTag[..<afterTag.range(of: "</td>")!.lowerBound])
        }
    }

    @Test func numberFormatMatchesResultsCSV() {
        #expect(NumberFormat.string(0.871234) == "0.871234")
        #expect(NumberFormat.string(45) == "45")
        #expect(NumberFormat.string(1836.4217) == "1836.42")
        #expect(NumberFormat.string(-0.0) == "0")
        #expect(NumberFormat.string(0.00001) == "1e-05")
    }

    /// Every results.csv value is in the HTML table cell of its own unit, indicator and year, as
    /// the CSV writes it but with the Swedish decimal comma: a unit's mean and P5–P95 in "Enheterna i detalj" (first and last year),
    /// its probability in "Sannolikhet att nå målet", the region's rows in "Regionöversikt".
    @Test func htmlTablesShowResultsCSVValuesExactly() throws {
        let html = HTMLReport(document: Fixture.document(results)).render()
        let details = try #require(HTMLTable(html, caption: "Enheterna i detalj"))
        let probabilities = try #require(HTMLTable(html, caption: "Sannolikhet att nå målet"))
        let region = try #require(HTMLTable(html, caption: "Regionöversikt"))
        let labels = Dictionary(uniqueKeysWithValues: results.run.units.map { ($0.id, "\($0.name) (\($0.municipality))") })
        var compared = 0
        for fields in Fixture.resultFields {
            let (unit, year, indicator) = (fields[1], Int(fields[2])!, fields[3])
            let swedish = { (text: String) in Double(text).map(ReportLanguage.sv.number) ?? text }
            let (mean, p05, p95, pMeet) = (swedish(fields[4]), swedish(fields[5]), swedish(fields[7]), swedish(fields[8]))
            let name = ReportLanguage.sv.indicatorName(indicator)
            let label = "\(unit) \(year) \(indicator)"
            if unit == "REGION" {
                #expect(region.cell(label: name, year: year, yearColumn: "År", column: "Medelvärde") == mean, "\(label)")
                #expect(region.cell(label: name, year: year, yearColumn: "År", column: "P5–P95") == "\(p05)–\(p95)", "\(label)")
                #expect(region.cell(label: name, year: year, yearColumn: "År", column: "Sannolikhet") == pMeet, "\(label)")
            } else {
                let group = try #require(labels[unit])
                #expect(details.cell(group: group, label: name, column: "Medelvärde \(year)") == mean, "\(label)")
                #expect(details.cell(group: group, label: name, column: "P5–P95 \(year)") == "\(p05)–\(p95)", "\(label)")
                if !pMeet.isEmpty { #expect(probabilities.cell(group: group, label: name, column: "\(year)") == pMeet, "\(label)") }
            }
            compared += 1
        }
        #expect(compared == Fixture.resultFields.count && compared > 20)
        // The first year's probabilities of VXJ-CENTRUM, row by row, in table (a): below 0.5 bold
        // and †; partner talk 2026, defined in 1,994 of 2,000 trials, ‡; and the legends.
        #expect(html.contains("<td class=\"num miss\">0,4235<span class=\"mark\">†</span></td><td class=\"num\">0,9655</td>"))
        let centrum = try #require(labels["VXJ-CENTRUM"])
        #expect(probabilities.marks(group: centrum, label: ReportLanguage.sv.indicatorName("partner_talk"), column: "2026") == "‡")
        #expect(probabilities.marks(group: centrum, label: ReportLanguage.sv.indicatorName("partner_talk"), column: "2027") == "")
        #expect(html.contains("‡ Gäller bara de försök där måttet finns"))
    }

    /// Swedish writes a decimal comma and sets digit groups apart from five digits on; English
    /// writes numbers exactly as results.csv.
    @Test func numbersAreWrittenAsEachLanguageDoes() {
        #expect(ReportLanguage.sv.number(0.4235) == "0,4235")
        #expect(ReportLanguage.sv.number(1863.08) == "1863,08")
        #expect(ReportLanguage.sv.number(20261.5) == "20\u{00A0}261,5")
        #expect(ReportLanguage.sv.number(-123456) == "-123\u{00A0}456")
        #expect(ReportLanguage.sv.number(0.00001) == "1e-05")
        #expect(ReportLanguage.sv.number(0.000015) == "1,5e-05")
        #expect(ReportLanguage.en.number(20261.5) == "20261.5")
        let markdown = MarkdownReport(document: Fixture.document(results)).render()
        #expect(markdown.contains("0,4235 †") && !markdown.contains("0.4235"))
        #expect(MarkdownReport(document: Fixture.document(results, .en)).render().contains("0.4235 †"))
    }

    @Test func htmlIsSelfContainedWithSVGCharts() {
        let html = HTMLReport(document: Fixture.document(results)).render()
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script") && !html.contains("<link"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 5)
        #expect(html.contains("@media print") && html.contains("size: A4"))
        #expect(html.contains("BVC Älmhult Söder (Älmhult)"))
        #expect(html.contains("Bas, 2026"))
    }

    @Test func latexHasBooktabsSiunitxAndMarksLowProbabilities() throws {
        let latex = LaTeXReport(document: Fixture.document(results)).render()
        #expect(latex.hasPrefix("\\documentclass[a4paper,10pt]{article}"))
        for package in ["booktabs", "siunitx", "longtable", "pgfplots"] {
            #expect(latex.contains("\\usepackage{\(package)}"))
        }
        #expect(latex.contains("\\usepackage[T1]{fontenc}"))
        #expect(latex.contains("\\toprule") && latex.contains("\\midrule") && latex.contains("\\bottomrule"))
        let specs = latex.components(separatedBy: "\\begin{longtable}{").dropFirst()
            + latex.components(separatedBy: "\\begin{tabular}{").dropFirst()
        #expect(!specs.isEmpty)
        for spec in specs {
            let line = spec.prefix { $0 != "\n" }
            #expect(!line.contains("|"), "vertical rule in \(line)")
        }
        #expect(latex.contains("S[table-format="))
        #expect(latex.contains("0.4235\\textsuperscript{\\dag}"))
        #expect(latex.contains("0.2815\\textsuperscript{\\dag}"))
        #expect(latex.contains("0.9655 ") && !latex.contains("0.9655\\textsuperscript"))
        #expect(latex.contains("\\num{39.5}--\\num{53.75}"))
        #expect(latex.contains("\\dag{} Sannolikheten att nå målet är under 50 \\%."))
        // Partner talk 2026 was defined in 1,994 of the 2,000 trials: its probability is marked ‡.
        #expect(latex.contains("0.7405\\textsuperscript{\\ddag}"))
        #expect(latex.contains("\\ddag{} Gäller bara de försök där måttet finns"))
        #expect(latex.contains("BVC Älmhult Söder"))
        #expect(latex.contains("\\ensuremath{\\leq} 55 nyfödda per heltidstjänst \\& 25 \\% av tjänsterna\\_deltid"))
        #expect(latex.contains("fill=blue!15") && latex.contains("dashed"))
        // The ceiling of each unit is drawn against its newborns per FTE.
        #expect(latex.contains("coordinates {(2026,45) (2027,45)}"))
        #expect(latex.contains("coordinates {(2026,0.9) (2027,0.9)}"))
    }

    @Test func latexEscapesSpecialCharacters() {
        #expect(LaTeXEscaping.escape("a_b & c% $5 #1 {x} ~ ^ \\") == "a\\_b \\& c\\% \\$5 \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}")
        #expect(LaTeXEscaping.escape("Åsa Öberg ≥ 0,9") == "Åsa Öberg \\ensuremath{\\geq} 0,9")
    }

    @Test func tableFormatFitsEveryNumber() {
        #expect(LaTeXReport.tableFormat([0.4235, 1, 0.9]) == "1.4")
        #expect(LaTeXReport.tableFormat([166.9, -0.01595, 0]) == "-3.5")
        #expect(LaTeXReport.tableFormat([0.00001, 2]) == "1e-2")
        #expect(LaTeXReport.tableFormat([]) == "1")
    }

    @Test(arguments: [
        (ReportLanguage.sv, ["Sannolikhet att nå målet", "Nyfödda per heltidstjänst", "Första hembesök", "Regionöversikt",
                             "Region (samtliga enheter)", "Enskilt samtal med icke födande förälder", "Bemanningsråd",
                             "Antaganden", "Insatslogik", "Långsiktigt resultat"]),
        (ReportLanguage.en, ["Probability of meeting the target", "Newborns per nurse FTE", "First home visit", "Region overview",
                             "Region (all units)", "Individual talk with the non-birthing parent", "Staffing advice",
                             "Assumptions", "Intervention logic", "Long-term outcome"]),
    ])
    func headingsFollowTheLanguage(language: ReportLanguage, expected: [String]) {
        let markdown = MarkdownReport(document: Fixture.document(results, language)).render()
        let html = HTMLReport(document: Fixture.document(results, language)).render()
        let latex = LaTeXReport(document: Fixture.document(results, language)).render()
        for text in expected {
            #expect(markdown.contains(text), "\(text) in Markdown")
            #expect(html.contains(text), "\(text) in HTML")
            #expect(latex.contains(text), "\(text) in LaTeX")
        }
        let other: ReportLanguage = language == .sv ? .en : .sv
        #expect(!html.contains(other.text(.pMeetSection)))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    }

    @Test func everyLabelHasBothLanguages() {
        for label in ReportLabel.allCases {
            #expect(!ReportLanguage.sv.text(label).isEmpty && !ReportLanguage.en.text(label).isEmpty)
        }
        for indicator in IndicatorID.allCases.map(\.rawValue) {
            #expect(ReportLanguage.sv.indicatorName(indicator) != indicator)
        }
        #expect(ReportLanguage.sv.indicatorName("units_meeting_epds") == "Enheter som når målet: EPDS-samtal")
    }

    @Test func markdownHasTablesForEverySection() {
        let markdown = MarkdownReport(document: Fixture.document(results)).render()
        #expect(markdown.contains("| **BVC Älmhult Söder (Älmhult)** |"))
        #expect(markdown.contains("| Nyfödda per heltidstjänst | ≤ 45 | 0,4235 † | 0,9655 |"))
        #expect(markdown.contains("| Första hembesök: År | P5 | P25 | Median | P75 | P95 | Mål |"))
        #expect(markdown.contains("sick\\_leave\\_mean"))
        #expect(markdown.contains("Jämförelse av scenarier: Fler tjänster – Bas, 2026"))
    }

    @Test func chartTicksAreRound() {
        #expect(ChartScale.ticks(0.83...0.97).map { NumberFormat.string($0) } == ["0.85", "0.9", "0.95"])
        #expect(ChartScale.ticks(0...50) == [0, 10, 20, 30, 40, 50])
        #expect(abs(ChartScale.padded(0.1...1).lowerBound - 0.028) < 1e-12)
        #expect(ChartScale.padded(0.01...1).lowerBound == 0)
    }
}

/// The staffing advice: one row per unit in the advice table, every number of persons of the
/// units some number can staff in the trade-off table.
@Suite struct StaffingSectionTests {
    @Test func adviceHasOneRowPerUnitAndTheTradeOffEveryRow() throws {
        let results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
        let markdown = MarkdownReport(document: Fixture.document(results, .en)).render()
        #expect(markdown.contains("""
            | BVC Centrum (Växjö) | 3.75 | 4 | 4.25 | 5 | 1; 1; 0.75; 0.75; 0.75 | yes |
            | *Probabilities: newborns\\_per\\_nurse\\_fte 0.91* | | | | | | |
            | BVC Älmhult Söder (Älmhult) | 1.25 | 2 |  |  |  | no |
            """))
        #expect(markdown.components(separatedBy: "| BVC Centrum (Växjö) | 3.75 |").count == 2, "one advice row per unit")
        // Älmhult Söder has no staffable row: only Centrum's two rows are in the trade-off.
        #expect(markdown.contains("""
            | Unit | Persons | Least FTE | Employment fractions | Probabilities | Advised |
            | --- | ---: | ---: | --- | --- | --- |
            | BVC Centrum (Växjö) | 4 | – |  | newborns\\_per\\_nurse\\_fte 0.62 | no |
            | BVC Centrum (Växjö) | 5 | 4.25 | 1; 1; 0.75; 0.75; 0.75 | newborns\\_per\\_nurse\\_fte 0.91 | yes |

            """))
    }
}
