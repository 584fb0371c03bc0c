import Foundation
import Yams

/// Reads a scenario file (YAML) and the CSV files it names, and validates all of it before
/// anything is simulated. Every problem found is reported in one ``InputProblems`` error, each
/// as `FILE:LINE: field: what is wrong (allowed: …)`.
public enum ScenarioLoader {
    static let topLevelFields = ["name", "description", "baseline", "start_year", "horizon", "trials", "seed",
                                 "region", "targets", "cni_policy", "births", "staffing", "workload", "interventions"]

    /// Loads and validates the scenario at `path`.
    public static func load(path: String) throws(InputProblems) -> Scenario {
        let text: String
        switch InputFile.text(at: path) {
        case .success(let contents): text = contents
        case .failure(let problem): throw InputProblems([problem])
        }
        return try load(yaml: text, file: path)
    }

    /// Loads and validates a scenario from YAML text; `file` names it in messages and is the
    /// folder that relative CSV paths are resolved against.
    public static func load(yaml text: String, file: String) throws(InputProblems) -> Scenario {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputProblems([InputProblem(file: file, line: nil, field: "", message: "is empty")])
            }
            root = node
        } catch let problems as InputProblems {
            throw problems
        } catch {
            throw InputProblems([yamlSyntaxProblem(error, file: file)])
        }
        let log = ProblemLog()
        let reader = ScenarioReader(fields: YAMLFields(file: file, log: log))
        let scenario = reader.scenario(root)
        guard log.isEmpty, let scenario else {
            throw InputProblems(log.problems.isEmpty
                ? [InputProblem(file: file, line: nil, field: "", message: "is not a valid scenario")] : log.problems)
        }
        return scenario
    }

    /// A YAML syntax error with its line and column.
    static func yamlSyntaxProblem(_ error: any Error, file: String) -> InputProblem {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                return InputProblem(file: file, line: mark.line, field: "",
                                    message: "malformed YAML at column \(mark.column): \(what)")
            case .duplicatedKeysInMapping(let duplicates, let context):
                return InputProblem(file: file, line: context.mark.line, field: duplicates.joined(separator: ", "),
                                    message: "given twice (allowed: once)")
            case .reader(let problem, _, _, _):
                return InputProblem(file: file, line: nil, field: "", message: "malformed YAML: \(problem)")
            default: break
            }
        }
        return InputProblem(file: file, line: nil, field: "", message: "malformed YAML: \(error)")
    }
}
