import ArgumentParser
import Foundation
import PlannerApp
import WebServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web page for unit managers: region overviews, unit pages, what-if, compare, size, downloads.",
        discussion: """
            Serves the scenarios of a folder as plain web pages (no network needed): each scenario's region \
            overview, a page per unit with its fan charts, a what-if of a unit's staff, newborns and CNI on \
            common random numbers, the comparison of two scenarios, a unit's sizing, and the result files and \
            PDF report to download. Listens on loopback unless --host says otherwise; then a token is printed \
            and every request without it is refused (401). At most two simulations run at once; more wait.

            Example: bhvplan serve --scenarios Scenarios --port 8080 --lang sv
            """)

    @Option(help: "Folder of the scenarios served; nothing outside it is read or written.", completion: .directory)
    var scenarios: String = "Scenarios"

    @Option(parsing: .unconditional, help: "Port to listen on (0: a free one, printed at start).")
    var port: Int = 8080

    @Option(help: "Address to listen on; other than loopback (127.0.0.1, ::1, localhost), every request needs the printed token.")
    var host: String = "127.0.0.1"

    @Option(help: "Language of the labels.")
    var lang: ReportLanguage = .sv

    @Option(parsing: .unconditional, help: "Trials of every scenario run (default: each scenario's own, at most --trial-cap).")
    var trials: Int?

    @Option(parsing: .unconditional, help: "Most trials one request may ask for.")
    var trialCap: Int = ServerSettings.defaultTrialCap

    @Option(parsing: .unconditional, help: "Worker threads of each simulation (default: the number of cores). Results do not depend on it.")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let problem = trials.flatMap(ScenarioRequest.trialsProblem) { throw ValidationError(problem) }
        if let problem = ScenarioRequest.trialsProblem(trialCap) { throw ValidationError(problem.replacingOccurrences(of: "--trials", with: "--trial-cap")) }
        if !(0...65_535).contains(port) { throw ValidationError("--port must be from 0 to 65535 (got \(port))") }
        if workers < 1 { throw ValidationError("--workers must be at least 1 (got \(workers))") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: scenarios, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--scenarios: '\(scenarios)' is not a folder (allowed: a folder of scenario files)")
        }
    }

    func run() async throws {
        let settings = ServerSettings(folder: URL(fileURLWithPath: scenarios), host: host, port: port, language: lang,
                                      trials: trials, trialCap: trialCap, workers: workers)
        do {
            try await WebServer.serve(settings)
        } catch {
            FileHandle.standardError.write(Data("bhvplan serve: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
