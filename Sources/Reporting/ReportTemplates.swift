import Foundation
import Mustache

/// The templates a report is laid out by, one Mustache file per format: `report.tex.mustache`,
/// `report.md.mustache` and `report.html.mustache`. The bundled ones (in the repository's
/// `Sources/Reporting/Templates`) give the standard report; a region copies them into a folder
/// of its own, changes title, logo, introduction, which sections and in what order, and passes
/// the folder with `--template DIR`. A file the folder lacks is taken from the bundled ones.
///
/// A template sees only text the report has already written from the result files, each
/// escaped for its format: `title`, `subtitle`, `scenario`, `lang`, and the sections, both in
/// order as `sections` (each with `id` and `body`, the body without its last line break) and by
/// name as `section.ID` (ids of ``ReportDocument/SectionID``; a section the results do not have
/// is empty). The LaTeX template
/// also sees `numberSetup` and `tableName`, the HTML template `toc` (the linked table of contents). So numbers can only come from the result files.
public struct ReportTemplates: Sendable {
    private let templates: [ReportFormat: MustacheTemplate]

    /// The templates of the repository, as built into the program.
    public static let bundled: ReportTemplates = {
        do {
            return try ReportTemplates(folder: nil)
        } catch {
            preconditionFailure("the bundled report templates do not parse: \(error)")
        }
    }()

    /// The bundled templates, each replaced by the file of the same name in `folder` when given.
    public init(folder: URL?) throws(ReportingError) {
        if let folder, let problem = Self.folderProblem(folder) { throw .templateUnreadable(file: folder.path, reason: problem) }
        var templates: [ReportFormat: MustacheTemplate] = [:]
        for format in [ReportFormat.latex, .md, .html] {
            let name = Self.fileName(format)
            var url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Templates")
            if let folder {
                let own = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: own.path) { url = own }
            }
            guard let url, let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .templateUnreadable(file: url?.path ?? name, reason: "cannot be read as UTF-8 text")
            }
            do {
                templates[format] = try MustacheTemplate(string: text)
            } catch {
                throw .templateUnreadable(file: url.path, reason: "is not a Mustache template (\(error))")
            }
        }
        self.templates = templates
    }

    /// The file a format's template is read from: `report.tex.mustache` for LaTeX.
    static func fileName(_ format: ReportFormat) -> String { "report.\(format.fileExtension).mustache" }

    private static func folderProblem(_ folder: URL) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            return "does not exist (allowed: a folder with report.tex.mustache, report.md.mustache and/or report.html.mustache)"
        }
        return isFolder.boolValue ? nil : "is not a folder (allowed: a folder of report templates)"
    }

    /// The report in `format`: `document`'s texts escaped by `escape`, its sections' bodies
    /// already written in the format by `body`, and `extra` values of that format.
    func render(_ format: ReportFormat, _ document: ReportDocument, escape: (String) -> String,
                body: (ReportDocument.Section) -> String, extra: [String: String] = [:]) -> String {
        // Each body without its last line break: the template's line that places it gives one.
        let sections = document.sections.map { section in
            let text = body(section)
            return ["id": section.id.rawValue, "body": text.hasSuffix("\n") ? String(text.dropLast()) : text]
        }
        var byName: [String: String] = Dictionary(uniqueKeysWithValues: ReportDocument.SectionID.allCases.map { ($0.rawValue, "") })
        for section in sections {
            let id = section["id"] ?? "", body = section["body"] ?? ""
            byName[id] = byName[id, default: ""].isEmpty ? body : byName[id, default: ""] + "\n" + body
        }
        var context: [String: Any] = [
            "lang": document.language.rawValue, "title": escape(document.title), "subtitle": escape(document.subtitle),
            "scenario": escape(document.scenario), "sections": sections, "section": byName,
        ]
        for (key, value) in extra { context[key] = value }
        return templates[format]?.render(context) ?? ""
    }
}
