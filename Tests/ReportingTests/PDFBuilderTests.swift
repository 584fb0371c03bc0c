import Foundation
import ResultFormat
import TestSupport
import Testing
@testable import Reporting

@Suite struct PDFBuilderTests {
    static let hasLaTeX = PDFBuilder().latexmk != nil
    static let hasPdftotext = ExternalTool.onPath("pdftotext")

    @Test func missingLatexmkNamesTheDebianPackages() throws {
        let builder = PDFBuilder(environment: ["PATH": "/nonexistent"])
        #expect(builder.latexmk == nil)
        let error = try #require(throws: ReportingError.self) { try builder.checkAvailable() }
        for package in ["texlive-latex-recommended", "texlive-latex-extra", "texlive-pictures", "texlive-science", "latexmk"] {
            #expect(error.description.contains(package))
        }
    }

    /// Without latexmk a PDF request still writes the .tex, and says which packages to install.
    @Test func withoutLatexmkPDFBecomesLaTeX() {
        let missing = PDFBuilder(environment: ["PATH": "/nonexistent"]).feasible([.pdf, .html])
        #expect(missing.formats == [.latex, .html])
        #expect(missing.warning?.contains("apt-get install texlive-latex-recommended") == true)
        let present = PDFBuilder(environment: ["PATH": "/nonexistent"]).feasible([.md])
        #expect(present.formats == [.md] && present.warning == nil)
    }

    @Test func renderReportsWritesTheRequestedFormats() throws {
        let output = try Fixture.temporaryDirectory()
        let urls = try renderReports(
            resultsDirectory: try Fixture.makeDirectory(), formats: [.md, .html], language: .en,
            outputDirectory: output.appendingPathComponent("out"), baseName: "bas")
        #expect(urls.map(\.lastPathComponent) == ["bas.md", "bas.html"])
        #expect(try String(contentsOf: urls[1], encoding: .utf8).contains("Probability of meeting the target"))
    }

    @Test(.enabled(if: hasLaTeX && hasPdftotext, "needs latexmk and pdftotext on PATH"))
    func fixtureReportCompilesToAPDF() throws {
        let results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
        let output = try Fixture.temporaryDirectory()
        let tex = output.appendingPathComponent("report.tex")
        try AtomicFileWriter.write(LaTeXReport(document: Fixture.document(results)).render(), to: tex)
        let build = try PDFBuilder().build(texFile: tex)

        #expect(build.pdf == output.appendingPathComponent("report.pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["report.pdf", "report.tex"])
        #expect(!build.log.contains("LaTeX Warning"), "\(build.warnings)")
        #expect(!build.log.contains("not found"), "missing package or file")
        #expect(!build.log.contains("Overfull"), "\(build.warnings)")

        let text = try Self.pdftotext(build.pdf)
        #expect(text.contains("BVC Centrum"))
        #expect(text.contains("BVC Älmhult Söder"))
        #expect(text.contains("Sannolikhet att nå målet"))
        // Swedish: decimal commas in tables (siunitx), ranges and chart axes (pgfplots).
        #expect(text.contains("0,4235") && text.contains("0,8125–0,925") && text.contains("0,95"))
        #expect(!text.contains("0.4235") && !text.contains("0.925"))
    }

    @Test(.enabled(if: hasLaTeX && hasPdftotext, "needs latexmk and pdftotext on PATH"))
    func anEnglishPDFHasDecimalPoints() throws {
        let results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
        let tex = try Fixture.temporaryDirectory().appendingPathComponent("report.tex")
        try AtomicFileWriter.write(LaTeXReport(document: Fixture.document(results, .en)).render(), to: tex)
        let text = try Self.pdftotext(try PDFBuilder().build(texFile: tex).pdf)
        #expect(text.contains("Probability of meeting the target"))
        #expect(text.contains("0.4235") && text.contains("0.8125–0.925") && !text.contains("0,4235"))
    }

    @Test(.enabled(if: hasLaTeX, "needs latexmk on PATH"))
    func aFailedBuildReportsTheLaTeXErrorAndKeepsTheOldPDF() throws {
        let output = try Fixture.temporaryDirectory()
        let tex = output.appendingPathComponent("broken.tex")
        try "\\documentclass{article}\\begin{document}\\undefinedmacro\\end{document}".write(to: tex, atomically: false, encoding: .utf8)
        try "old pdf".write(to: output.appendingPathComponent("broken.pdf"), atomically: false, encoding: .utf8)
        let error = try #require(throws: ReportingError.self) { try PDFBuilder().build(texFile: tex) }
        #expect(error.description.contains("Undefined control sequence"))
        #expect(try String(contentsOf: output.appendingPathComponent("broken.pdf"), encoding: .utf8) == "old pdf")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["broken.pdf", "broken.tex"])
    }

    /// The text of `pdf`, pages parted by form feeds.
    static func pdftotext(_ pdf: URL) throws -> String {
        try ExternalTool.output(of: "pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
    }
}
