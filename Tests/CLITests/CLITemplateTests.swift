import Foundation
import Testing

/// `--template DIR`: a region's copy of the bundled templates lays out the report — its name,
/// logo and introduction, and which sections in what order — while the numbers stay the result
/// files'.
@Suite(.serialized) struct CLITemplateTests {
    static let bundled = CLIProcess.root.appendingPathComponent("Sources/Reporting/Templates")

    @Test func aModifiedCopyOfTheTemplatesChangesTheReport() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("results"), templates = folder.appendingPathComponent("templates")
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "20", "--workers", "1", "--out", results.path]).status == 0)
        try FileManager.default.copyItem(at: Self.bundled, to: templates)
        // HTML: the region's name, logo and introduction above the sections.
        let html = templates.appendingPathComponent("report.html.mustache")
        try String(contentsOf: html, encoding: .utf8)
            .replacingOccurrences(of: "<header><h1>{{{title}}}</h1>",
                                  with: "<header><img src=\"kronoberg.png\" alt=\"Region Kronoberg\"><h1>Region Kronoberg: {{{title}}}</h1>"
                                      + "<p class=\"intro\">Underlag till budgetberedningen.</p>")
            .write(to: html, atomically: true, encoding: .utf8)
        // Markdown: only two sections, the probabilities first.
        let markdown = templates.appendingPathComponent("report.md.mustache")
        try String(contentsOf: markdown, encoding: .utf8)
            .replacingOccurrences(of: "{{#sections}}\n{{{body}}}\n{{/sections}}\n", with: "{{{section.probabilities}}}\n{{{section.about}}}\n")
            .write(to: markdown, atomically: true, encoding: .utf8)

        let own = try CLIProcess.run(["report", results.path, "--format", "md,html", "--template", templates.path,
                                      "--out", folder.appendingPathComponent("own").path])
        #expect(own.status == 0, "\(own.stderr)")
        let standard = try CLIProcess.run(["report", results.path, "--format", "md,html", "--out", folder.appendingPathComponent("std").path])
        #expect(standard.status == 0, "\(standard.stderr)")
        func read(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        let ownHTML = try read("own/report.html"), ownMD = try read("own/report.md")
        let standardHTML = try read("std/report.html"), standardMD = try read("std/report.md")
        #expect(ownHTML.contains("<img src=\"kronoberg.png\" alt=\"Region Kronoberg\"><h1>Region Kronoberg: Kapacitetsplan för barnhälsovården</h1>"))
        #expect(ownHTML.contains("Underlag till budgetberedningen.") && !standardHTML.contains("Underlag"))
        // The sections themselves are the standard ones.
        let body = { (html: String) in html.components(separatedBy: "</header>\n").last ?? "" }
        #expect(body(ownHTML) == body(standardHTML))
        let headings = ownMD.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Bilaga: Sannolikhet att nå målet", "## Om beräkningen"], "\(headings)")
        #expect(standardMD.contains("## Antaganden") && !ownMD.contains("## Antaganden"))
    }

    @Test func aBrokenTemplateIsNamedAndNothingIsWritten() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# {{{title}}}\n{{#sections}}\n{{{body}}}\n".write(to: templates.appendingPathComponent("report.md.mustache"), atomically: true, encoding: .utf8)
        let outcome = try CLIProcess.run(["report", "Scenarios", "--format", "md", "--template", templates.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(templates.appendingPathComponent("report.md.mustache").path + ": is not a Mustache template"),
                "\(outcome.stderr)")
        let missing = try CLIProcess.run(["report", "Scenarios", "--template", folder.appendingPathComponent("nowhere").path])
        #expect(missing.status == 2 && missing.stderr.contains("nowhere: does not exist"), "\(missing.stderr)")
    }
}
