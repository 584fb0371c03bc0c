import ArgumentParser
import PlannerApp

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario and the files it names without running it (exit status 2 on problems).")

    @Argument(help: "Scenario file (YAML).")
    var scenario: String

    func run() throws {
        try perform { () throws(CommandFailure) in try ValidateJob.perform(path: scenario) }
    }
}
