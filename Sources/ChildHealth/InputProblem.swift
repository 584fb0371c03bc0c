/// One thing wrong with an input file, located as precisely as the input allows.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String
    public var message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `FILE:LINE: field: what is wrong (allowed: …)`, the line omitted where unknown.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
    }
}

/// Every problem found in a scenario and the files it names, reported together so a user can
/// fix them all in one pass.
public struct InputProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [InputProblem]

    public init(_ problems: [InputProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Collects problems while a file is read, so that reading can go on after the first one.
final class ProblemLog {
    private(set) var problems: [InputProblem] = []

    func report(_ file: String, _ line: Int?, _ field: String, _ message: String) {
        problems.append(InputProblem(file: file, line: line, field: field, message: message))
    }

    func append(_ problem: InputProblem) { problems.append(problem) }

    var isEmpty: Bool { problems.isEmpty }
}
