import Foundation
import ResultFormat

/// Builds a PDF from a LaTeX file with `latexmk`. The build runs in a fresh temporary
/// folder, so no auxiliary file (`.aux`, `.log`, `.fls`, …) reaches the output folder;
/// the finished PDF is put beside the `.tex` file atomically, so a failed build leaves
/// an older PDF untouched.
public struct PDFBuilder {
    /// The environment `latexmk` runs in and whose `PATH` is searched for it.
    public var environment: [String: String]

    /// A builder that finds latexmk on the PATH of `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The outcome of a successful build.
    public struct Result: Sendable {
        /// The PDF, beside the `.tex` file with the same base name.
        public var pdf: URL
        /// The full LaTeX log.
        public var log: String
        /// Warning lines of the log (LaTeX and package warnings, overfull and underfull boxes).
        public var warnings: [String]
    }

    /// `latexmk` on `PATH`, or `nil`.
    public var latexmk: URL? {
        let path = environment["PATH"] ?? ""
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("latexmk") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// `formats` as they can be written here: without `latexmk`, `.pdf` becomes `.latex`, and
    /// the message says so and names the Debian packages to install.
    public func feasible(_ formats: Set<ReportFormat>) -> (formats: Set<ReportFormat>, warning: String?) {
        guard formats.contains(.pdf), latexmk == nil else { return (formats, nil) }
        var written = formats
        written.remove(.pdf)
        written.insert(.latex)
        return (written, "\(ReportingError.latexmkNotFound). Writing the .tex files without PDFs.")
    }

    /// Throws ``ReportingError/latexmkNotFound`` (naming the Debian packages to install)
    /// unless `latexmk` is on `PATH`.
    public func checkAvailable() throws {
        guard latexmk != nil else { throw ReportingError.latexmkNotFound }
    }

    /// Runs `latexmk -pdf -interaction=nonstopmode -halt-on-error` on `texFile` and writes
    /// the PDF beside it.
    public func build(texFile: URL) throws -> Result {
        guard let latexmk else { throw ReportingError.latexmkNotFound }
        let fileManager = FileManager.default
        let workspace = fileManager.temporaryDirectory.appendingPathComponent("bhvplan-latex-\(UUID().uuidString)")
        try fileManager.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: workspace) }

        let name = texFile.lastPathComponent
        let base = texFile.deletingPathExtension().lastPathComponent
        try fileManager.copyItem(at: texFile, to: workspace.appendingPathComponent(name))
        let output = workspace.appendingPathComponent("latexmk-output.txt")
        try Data().write(to: output)
        let outputHandle = try FileHandle(forWritingTo: output)
        defer { try? outputHandle.close() }

        let process = Process()
        process.executableURL = latexmk
        process.arguments = ["-pdf", "-interaction=nonstopmode", "-halt-on-error", name]
        process.currentDirectoryURL = workspace
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputHandle
        process.standardError = outputHandle
        try process.run()
        process.waitUntilExit()

        let logURL = workspace.appendingPathComponent("\(base).log")
        let log = (try? String(contentsOf: logURL, encoding: .utf8))
            ?? (try? String(contentsOf: logURL, encoding: .isoLatin1)) ?? ""
        let pdf = workspace.appendingPathComponent("\(base).pdf")
        guard process.terminationStatus == 0, fileManager.fileExists(atPath: pdf.path) else {
            let latexmkOutput = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            throw ReportingError.pdfBuildFailed(
                texFile: texFile.path, status: process.terminationStatus,
                log: Self.errorExcerpt(log: log, fallback: latexmkOutput))
        }
        let destination = texFile.deletingPathExtension().appendingPathExtension("pdf")
        try AtomicFileWriter.write(try Data(contentsOf: pdf), to: destination)
        return Result(pdf: destination, log: log, warnings: Self.warnings(in: log))
    }

    /// The lines of a LaTeX log that report warnings or bad boxes.
    static func warnings(in log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter {
            $0.contains("Warning") || $0.hasPrefix("Overfull") || $0.hasPrefix("Underfull")
        }
    }

    /// The error messages of a failed LaTeX run (lines starting with `!` and the two after
    /// each), or the last lines of `fallback` when the log has none.
    static func errorExcerpt(log: String, fallback: String) -> String {
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var excerpt: [String] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("!") {
            excerpt += lines[index..<min(index + 3, lines.count)]
        }
        if excerpt.isEmpty {
            excerpt = fallback.split(separator: "\n").suffix(20).map(String.init)
        }
        return excerpt.joined(separator: "\n")
    }
}
