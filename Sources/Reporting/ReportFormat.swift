import ResultFormat

/// The report formats ``renderReports(resultsDirectory:formats:language:outputDirectory:baseName:templates:)`` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case latex
    case md
    case html
    /// Built from the LaTeX report with `latexmk`; asking for it also writes the `.tex` file.
    case pdf

    /// The file name extension of the format's output.
    public var fileExtension: String {
        switch self {
        case .latex: "tex"
        case .md: "md"
        case .html: "html"
        case .pdf: "pdf"
        }
    }
}
