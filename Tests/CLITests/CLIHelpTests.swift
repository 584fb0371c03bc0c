import Foundation
import Testing

/// Every command's `--help` ends with an example line, and the shell completions swift-argument-parser
/// generates know the commands' values.
struct CLIHelpTests {
    @Test(arguments: ["run", "validate", "bench", "report", "batch", "compare", "size", "observe", "sensitivity", "serve"])
    func everyCommandsHelpHasAnExample(command: String) throws {
        let help = try CLIProcess.run([command, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Example: bhvplan \(command) "), "\(help.stdout)")
    }

    @Test func theCompletionsInstallForBashZshAndFish() throws {
        let home = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = CLIProcess.root.appendingPathComponent("scripts/install-completions")
        process.arguments = [CLIProcess.executable.path]
        process.environment = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for file in [".local/share/bash-completion/completions/bhvplan", ".zfunc/_bhvplan", ".config/fish/completions/bhvplan.fish"] {
            let script = try String(contentsOf: home.appendingPathComponent(file), encoding: .utf8)
            #expect(script.contains("excel-sv") && script.contains("csv-dialect") && script.contains("compare"), "\(file)")
        }
    }
}
