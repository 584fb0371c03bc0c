import Foundation
import Reporting

/// `bhvplan report`: renders a result set as LaTeX, Markdown, HTML and PDF. Without latexmk a
/// PDF request writes the .tex instead and says which Debian packages to install.
public enum ReportJob {
    /// Renders the reports and prints the files written.
    public static func perform(resultsFolder: String, formats: Set<ReportFormat>, language: ReportLanguage,
                               out: String?, name: String) throws(CommandFailure) {
        let results = URL(fileURLWithPath: resultsFolder)
        let (feasible, warning) = PDFBuilder().feasible(formats)
        if let warning { FileHandle.standardError.write(Data("bhvplan: \(warning)\n".utf8)) }
        let written = try CommandFailure.writing {
            try renderReports(resultsDirectory: results, formats: feasible, language: language,
                              outputDirectory: out.map(URL.init(fileURLWithPath:)) ?? results, baseName: name)
        }
        for file in written { print(file.path) }
    }
}
