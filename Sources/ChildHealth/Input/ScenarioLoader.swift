import Foundation
import Yams

/// Reads a scenario file (YAML) and the CSV files it names, and validates all of it before
/// anything is simulated. Every problem found is reported in one ``InputProblems`` error, each
/// as `FILE:LINE: field: what is wrong (allowed: …)`.
public enum ScenarioLoader {
    static let topLevelFields = ["name", "description", "baseline", "start_year", "horizon", "trials", "seed",
                                 "region", "targets", "cni_policy", "births", "staffing", "workload", "interventions",
                                 "sensitivity"]
    /// Trials a scenario or a command-line override may ask for.
    public static let trialsAllowed = 1...10_000_000
    /// The seeds a scenario file or `--seed` may give: one range for both.
    public static let seedsAllowed: ClosedRange<UInt64> = 0...UInt64(Int.max)
    /// Expected newborns a year in the whole region, in any projected year: far above any real
    /// region, low enough that every count the model draws stays exact.
    static let regionNewbornsLimit = 10_000_000.0
    static let syntaxHelp = "allowed: YAML; check the indentation, the colons and the quotes"

    /// Loads and validates the scenario at `path`.
    public static func load(path: String) throws(InputProblems) -> Scenario {
        let text: String
        switch InputFile.text(at: path, kind: "a scenario in YAML") {
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
                throw InputProblems([InputProblem(file: file, line: nil, field: "", message: "holds only comments (allowed: a scenario in YAML)")])
            }
            root = node
        } catch let problems as InputProblems {
            throw problems
        } catch {
            throw InputProblems([yamlSyntaxProblem(error, text: text, file: file)])
        }
        let log = ProblemLog()
        let reader = ScenarioReader(fields: YAMLFields(file: file, log: log))
        guard var scenario = reader.scenario(root), log.isEmpty else { throw InputProblems(inReadingOrder(log.problems)) }
        scenario.warnings = inReadingOrder(log.warnings)
        scenario.csvFiles = log.csvFiles
        if let problem = birthGrowthProblem(scenario, file: file) { throw InputProblems([problem]) }
        return scenario
    }

    /// A YAML syntax error with its line and column.
    static func yamlSyntaxProblem(_ error: any Error, text: String, file: String) -> InputProblem {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            // At the end of the file libyaml points past the last line.
            let lines = text.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
            let (line, column) = mark.line > lines ? (lines, 1) : (mark.line, mark.column)
            return InputProblem(file: file, line: line, field: "", message: "malformed YAML at column \(column): \(what) (\(syntaxHelp))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let line = duplicates.first.flatMap { secondKeyLine($0, in: text, from: context.mark.line) } ?? context.mark.line
            return InputProblem(file: file, line: line, field: shortened(duplicates.joined(separator: ", ")),
                                message: "given twice (allowed: once)")
        case .reader(let problem, let offset, _, let yaml):
            let prefix = offset.map { yaml.prefix($0) } ?? ""
            let line = offset.map { _ in prefix.reduce(1) { $1.isNewline ? $0 + 1 : $0 } }
            let column = prefix.count - (prefix.lastIndex(where: \.isNewline).map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            let at = offset == nil ? "" : " at column \(column)"
            return InputProblem(file: file, line: line, field: "", message: "malformed YAML\(at): \(problem) (\(syntaxHelp))")
        default:
            return InputProblem(file: file, line: nil, field: "", message: "malformed YAML: \(error) (\(syntaxHelp))")
        }
    }

    /// The line where `key` appears a second time at the indentation of its first appearance,
    /// from line `start` on (Yams names only the mapping that holds the duplicate).
    static func secondKeyLine(_ key: String, in text: String, from start: Int) -> Int? {
        var indentation: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            let body = line.drop(while: { $0 == " " || $0 == "-" })
            guard body.hasPrefix(key + ":") else { continue }
            let indent = line.count - body.count
            if indentation == nil { indentation = indent } else if indent == indentation { return index + 1 }
        }
        return nil
    }

    /// Problems grouped by file, in the order the files were first named, then by line.
    static func inReadingOrder(_ problems: [InputProblem]) -> [InputProblem] {
        var fileOrder: [String: Int] = [:]
        for problem in problems where fileOrder[problem.file] == nil { fileOrder[problem.file] = fileOrder.count }
        return problems.enumerated().sorted { a, b in
            let keyA = (fileOrder[a.element.file] ?? 0, a.element.line ?? 0, a.offset)
            let keyB = (fileOrder[b.element.file] ?? 0, b.element.line ?? 0, b.offset)
            return keyA < keyB
        }.map(\.element)
    }

    /// Births that would grow beyond any real region over the horizon (a trend, shocks or trends
    /// compounding), reported before the model draws counts it cannot represent.
    static func birthGrowthProblem(_ scenario: Scenario, file: String) -> InputProblem? {
        let years = Double(scenario.horizon + 1)
        var growth = max(1, pow(1 + scenario.births.trendPerYear, years))
        for intervention in scenario.interventions {
            switch intervention.kind {
            case .birthsShock(let change, _): growth *= max(1, 1 + change)
            case .birthsTrend(let change): growth *= max(1, pow(1 + change, years))
            default: break
            }
        }
        let largest = scenario.units.reduce(0) { $0 + $1.expectedNewborns + $1.movesInPerYear } * growth
        guard largest > regionNewbornsLimit else { return nil }
        let amount = largest < 1e15 ? String(format: "%.0f", largest) : "more than 10^15"
        return InputProblem(file: file, line: nil, field: "births",
                            message: "expected newborns could grow to \(amount) a year in the region "
                                + "(allowed: at most \(String(format: "%.0f", regionNewbornsLimit)); check newborns_per_year and the units' "
                                + "histories, births.trend_per_year and the births interventions)")
    }
}
