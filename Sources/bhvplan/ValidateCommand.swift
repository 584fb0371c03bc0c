import ArgumentParser
import PlannerApp

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario and the files it names without running it (exit status 2 on problems).",
        discussion: """
            Names each CSV file's dialect (tidy, or Swedish Excel's semicolons and decimal commas) and encoding.

            Example: bhvplan validate Scenarios/default.yaml
            """)

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    func run() throws {
        try perform { () throws(CommandFailure) in try ValidateJob.perform(path: scenario) }
    }
}
