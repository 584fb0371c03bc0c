import Foundation

/// `bhvplan serve …` running in the background for a test: started on a free port (`--port 0`),
/// its address read from the line it prints once it listens, stopped with SIGTERM.
final class ServeProcess {
    let process = Process()
    private let out = Pipe()
    /// The address printed, with `?token=…` when the server needs one.
    private(set) var address = ""

    init(_ arguments: [String]) throws {
        process.executableURL = CLIProcess.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = CLIProcess.root
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            if let range = printed.range(of: #"http://\S+"#, options: .regularExpression) {
                address = String(printed[range])
                return
            }
        }
        stop()
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "bhvplan serve printed no address: \(printed)"])
    }

    /// SIGTERM, then waits for the end.
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { stop() }
}
