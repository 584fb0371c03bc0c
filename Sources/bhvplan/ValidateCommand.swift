import ArgumentParser
import ChildHealth

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario and the files it names without running it (exit status 2 on problems).")

    @Argument(help: "Scenario file (YAML).")
    var scenario: String

    func run() throws {
        let loaded = try ScenarioOptions.parse([scenario]).load()
        let persons = loaded.units.reduce(0) { $0 + $1.staff.count }
        print("\(scenario): OK — \(loaded.units.count) units, \(persons) persons, \(loaded.interventions.count) interventions, "
              + "\(loaded.startYear)–\(loaded.startYear + loaded.horizon - 1), \(loaded.trials) trials")
    }
}
