import Foundation

/// `bhvplan validate`: checks a scenario and the files it names without running it, and that a
/// run of it fits in memory on this machine's cores.
public enum ValidateJob {
    /// Prints a one-line summary of a valid scenario and how each of its CSV files was read
    /// (dialect and encoding), after its warnings (what is allowed but worth a look, on standard
    /// error; other commands go ahead without them); exit status 2 with every problem otherwise.
    public static func perform(path: String) throws(CommandFailure) {
        let scenario = try ScenarioRequest(path: path).load()
        for warning in scenario.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
        let persons = scenario.units.reduce(0) { $0 + $1.staff.count }
        print("\(path): OK — \(scenario.units.count) units, \(persons) persons, \(scenario.interventions.count) interventions, "
              + "\(scenario.startYear)–\(scenario.startYear + scenario.horizon - 1), \(scenario.trials) trials"
              + (scenario.warnings.isEmpty ? "" : ", \(scenario.warnings.count) warning\(scenario.warnings.count == 1 ? "" : "s") above"))
        for format in scenario.csvFiles { print("  \(format.summary)") }
    }
}
