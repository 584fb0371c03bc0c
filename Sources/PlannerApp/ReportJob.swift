import Foundation
import Reporting
import ResultFormat

/// `bhvplan report`: renders a result set as LaTeX, Markdown, HTML and PDF. Without latexmk a
/// PDF request writes the .tex instead and says which Debian packages to install.
public enum ReportJob {
    /// Renders the reports, laid out by the templates in `templateFolder` (nil: the bundled
    /// ones), with the observations of `observedPath` (a file or a folder holding observed.csv;
    /// nil: the results folder's own observed.csv, if any), and prints the files written.
    public static func perform(resultsFolder: String, formats: Set<ReportFormat>, language: ReportLanguage,
                               out: String?, name: String, templateFolder: String? = nil,
                               observedPath: String? = nil) throws(CommandFailure) {
        if let observedPath, ResultSet.holdsBacktestOnly(URL(fileURLWithPath: resultsFolder)) {
            throw CommandFailure("bhvplan: --observed \(observedPath): \(resultsFolder) holds a backtest only, no projection to draw the "
                                 + "observations beside (allowed: --observed with a folder of `bhvplan run --out`)", status: 2)
        }
        let templates = try loadTemplates(templateFolder)
        let observed: [ObservedRow]?
        do {
            observed = try observedPath.map { path throws(ResultFormatError) in try ObservedFile.read(path: path) }
        } catch {
            throw CommandFailure(error.description, status: 2)
        }
        let results = URL(fileURLWithPath: resultsFolder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: results.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("\(resultsFolder): \(FileManager.default.fileExists(atPath: results.path) ? "is a file" : "no such folder") "
                                 + "(allowed: a results folder as `bhvplan run --out` writes it)", status: 2)
        }
        let (feasible, warning) = PDFBuilder().feasible(formats)
        if let warning { FileHandle.standardError.write(Data("bhvplan: \(warning)\n".utf8)) }
        let written: [URL]
        do {
            written = try renderReports(resultsDirectory: results, formats: feasible, language: language,
                                        outputDirectory: out.map(URL.init(fileURLWithPath:)) ?? results, baseName: name,
                                        templates: templates, observed: observed)
        } catch let error as ResultFormatError where error.isInputProblem {
            // The results folder is the input here: a missing, corrupt or mixed folder is bad input,
            // reported as FILE:LINE: field like every other input.
            throw CommandFailure(error.located(in: resultsFolder).description, status: 2)
        } catch {
            throw CommandFailure("bhvplan: \(error)", status: 1)
        }
        for file in written { print(file.path) }
    }

    /// The report templates of `folder` (`--template`), the bundled ones where it has none; a
    /// folder or template that cannot be read is bad input (exit status 2).
    static func loadTemplates(_ folder: String?) throws(CommandFailure) -> ReportTemplates {
        do {
            return try ReportTemplates(folder: folder.map(URL.init(fileURLWithPath:)))
        } catch {
            throw CommandFailure("\(error)", status: 2)
        }
    }
}
