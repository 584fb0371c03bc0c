import ArgumentParser
import PlannerApp

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit a scenario's births trend and variation, the activities' acceptance and the extended programme's offer, acceptance and drop-out to a follow-up.",
        discussion: """
            Prints each fitted value with its standard error, method and data, and what could not be fitted. With \
            --out writes the scenario with the fitted values in place, each with a '# fitted:' comment, and checks \
            that it loads. The follow-up folder holds registrations.csv and, where given, connections.csv, \
            staffing-report.csv and codes.yaml (as bhvplan synthesize writes them).

            Example: bhvplan calibrate Scenarios/default.yaml --observed Scenarios/observed --out calibrated.yaml
            """)

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(help: "Follow-up folder (registrations.csv; optional connections.csv, staffing-report.csv, codes.yaml).",
            completion: .directory)
    var observed: String

    @Option(help: "Calibrated scenario file to write (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var out: String?

    func validate() throws {
        if let out, out.isEmpty { throw ValidationError("--out must name a file (got an empty path)") }
    }

    func run() throws {
        try perform { () throws(CommandFailure) in
            try CalibrateJob.perform(CalibrateJob.Options(scenario: scenario, observed: observed, out: out))
        }
    }
}
