import ArgumentParser
import ChildHealth
import Foundation
import Reporting

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario and show, per unit and year, the probability of meeting each target.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @OptionGroup var options: ScenarioOptions

    @Option(help: "Folder to write results.csv, results.json, fan.csv and run.json into.")
    var out: String?

    @Option(help: "What to print: table, csv or json.")
    var format: Format = .table

    func run() throws {
        let scenario = try options.load()
        let folder = out.map { URL(fileURLWithPath: $0) }
        if let folder { try failing { try AtomicFileWriter.prepareFolder(folder) } }
        let result = try RunSession.run(scenario, workers: options.workers)
        if let folder { try failing { try ResultFiles.write(result, to: folder) } }
        switch format {
        case .table: print(TerminalSummary.render(result), terminator: "")
        case .csv: print(ResultFiles.csv(result.rows), terminator: "")
        case .json: print(ResultFiles.json(result.rows), terminator: "")
        }
    }
}

/// Runs `body`, turning an output error into a message on stderr and exit status 1.
func failing(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        FileHandle.standardError.write(Data("bhvplan: \(error)\n".utf8))
        throw ExitCode(1)
    }
}
