import Foundation

/// Programs the tests run beside the planner (pdftotext, pdfinfo, latexmk): whether they are on
/// the PATH, so that a test that needs them is skipped where they are not, and what one prints.
public enum ExternalTool {
    /// Whether each of `tools` is an executable file in a folder of the PATH.
    public static func onPath(_ tools: String...) -> Bool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return tools.allSatisfy { tool in folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") } }
    }

    /// What `tool`, found on the PATH, prints on standard output when run with `arguments`.
    public static func output(of tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
