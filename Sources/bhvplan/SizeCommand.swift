import ArgumentParser
import ChildHealth
import Foundation
import Reporting

struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Advise per unit the least nurse FTE, in persons, that meets chosen targets with a chosen confidence.",
        discussion: """
            The advice is the unit's staff list as the scenario file gives it (the scenario's interventions \
            still apply on top). Where the newborns-per-FTE ceiling and the 25-per-nurse floor cannot both be \
            met, the note says so and what pooling with a neighbour in the same municipality would achieve.
            """)

    @OptionGroup var options: ScenarioOptions

    @Option(help: "Least probability with which every target must be met.")
    var confidence: Double = 0.8

    @Option(help: "Calendar year to size for (default: the first projected year).")
    var year: Int?

    @Option(help: """
        Targets to meet, comma separated (default: newborns_per_nurse_fte,newborns_per_nurse,first_home_visit; \
        also eight_month_home_visit, parent_group, epds, partner_talk).
        """)
    var targets: String?

    @Option(help: "Most nurse persons a unit may be advised.")
    var maxPersons: Int = 6

    @Option(help: "Folder to write staffing.csv and staffing.json into.")
    var out: String?

    @Option(help: "Also spread this many extra nurse FTE over the units to raise the expected number of targets met.")
    var budgetFte: Double?

    func run() throws {
        let scenario = try options.load()
        var request = SizingRequest(confidence: confidence, year: year, maxPersons: maxPersons, workers: options.workers)
        let folder = out.map { URL(fileURLWithPath: $0) }
        do {
            if let targets { request.targets = try SizingRequest.targets(parsing: targets) }
            if let folder { try failing { try AtomicFileWriter.prepareFolder(folder) } }
            let report = try Sizing.advise(scenario, request: request)
            let allocation = try budgetFte.map { budget throws(SizingProblem) in
                try Sizing.allocate(budgetFTE: budget, in: scenario, request: request)
            }
            if let folder { try failing { try SizingFiles.write(report, to: folder) } }
            print(SizingSummary.render(report), terminator: "")
            if let allocation { print(SizingSummary.render(allocation), terminator: "") }
        } catch let problem as SizingProblem {
            FileHandle.standardError.write(Data("bhvplan: \(problem.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
