import Foundation

/// What can go wrong while reading a results directory or producing reports,
/// with messages written for the person running the command.
public enum ReportingError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// A required file of the results directory is not there.
    case missingFile(String)
    /// A file is there but cannot be read as text.
    case unreadableFile(file: String, reason: String)
    /// A CSV file breaks its format; `line` is 1-based.
    case malformedFile(file: String, line: Int, reason: String)
    /// A JSON file breaks its format; `path` locates the value (e.g. `units[0].ceiling`).
    case malformedJSON(file: String, path: String, reason: String)
    /// A report file could not be written; any old file at that path is unchanged.
    case writeFailed(file: String, reason: String)
    /// `latexmk` is not on PATH; the message names the Debian packages that provide it.
    case latexmkNotFound
    /// `latexmk` ran and failed; `log` holds the error lines of the LaTeX log.
    case pdfBuildFailed(texFile: String, status: Int32, log: String)

    /// The Debian packages that provide `latexmk` and every LaTeX package the report uses.
    public static let debianTeXPackages = [
        "texlive-latex-recommended", "texlive-latex-extra", "texlive-pictures", "texlive-science", "latexmk",
    ]

    public var description: String {
        switch self {
        case .missingFile(let file):
            return "\(file): file not found in the results directory"
        case .unreadableFile(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .malformedFile(let file, let line, let reason):
            return "\(file), line \(line): \(reason)"
        case .malformedJSON(let file, let path, let reason):
            return path.isEmpty ? "\(file): \(reason)" : "\(file), at \(path): \(reason)"
        case .writeFailed(let file, let reason):
            return "\(file): cannot be written: \(reason)"
        case .latexmkNotFound:
            return "latexmk was not found on PATH, so no PDF can be built. On Debian/Ubuntu install it with: "
                + "apt-get install \(Self.debianTeXPackages.joined(separator: " "))"
        case .pdfBuildFailed(let texFile, let status, let log):
            return "latexmk failed on \(texFile) (exit status \(status)):\n\(log)"
        }
    }

    public var errorDescription: String? { description }
}
