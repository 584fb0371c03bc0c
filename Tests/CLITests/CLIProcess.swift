import Foundation

/// The built `bhvplan` executable, run as a user would run it.
struct CLIProcess {
    /// The package root, where `Scenarios/` is.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle, in the same build folder.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("bhvplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "bhvplan")
    }()

    struct Outcome {
        var status: Int32
        /// True when the process ended by a signal rather than an exit status.
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    let process = Process()
    /// Standard output, collected unless the caller gave it a file of its own.
    private let out: Pipe?
    private let err = Pipe()

    /// Starts `bhvplan arguments…` in the package root, its standard output into `standardOutput`
    /// when given (its `stdout` is then empty), else collected.
    init(_ arguments: [String], standardOutput: FileHandle? = nil) throws {
        out = standardOutput == nil ? Pipe() : nil
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        try process.run()
    }

    /// Waits for the end and collects the output.
    func wait() -> Outcome {
        let stdout = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `bhvplan arguments…` to the end.
    static func run(_ arguments: [String]) throws -> Outcome { try CLIProcess(arguments).wait() }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
