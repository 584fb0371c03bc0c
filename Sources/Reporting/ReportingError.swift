import Foundation
import ResultFormat

/// What can go wrong producing reports, with messages written for the person running the
/// command (reading the result set fails with `ResultFormatError`).
public enum ReportingError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// `latexmk` is not on PATH; the message names the Debian packages that provide it.
    case latexmkNotFound
    /// `latexmk` ran and failed; `log` holds the error lines of the LaTeX log.
    case pdfBuildFailed(texFile: String, status: Int32, log: String)
    /// A report template (``ReportTemplates``) that cannot be read or parsed.
    case templateUnreadable(file: String, reason: String)

    /// The Debian packages that provide `latexmk` and every LaTeX package the report uses.
    public static let debianTeXPackages = [
        "texlive-latex-recommended", "texlive-latex-extra", "texlive-pictures", "texlive-science", "latexmk",
    ]

    public var description: String {
        switch self {
        case .latexmkNotFound:
            return "latexmk was not found on PATH, so no PDF can be built. On Debian/Ubuntu install it with: "
                + "apt-get install \(Self.debianTeXPackages.joined(separator: " "))"
        case .pdfBuildFailed(let texFile, let status, let log):
            return "latexmk failed on \(texFile) (exit status \(status)):\n\(log)"
        case .templateUnreadable(let file, let reason):
            return "\(file): \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
