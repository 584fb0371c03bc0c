/// One thing wrong with an input file, located as precisely as the input allows.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String
    public var message: String

    /// A problem in `file` at `line` (nil: the whole file) with `field` and what is wrong and allowed.
    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `FILE:LINE: field: what is wrong (allowed: …)`, the line omitted where unknown; always a
    /// single line, whatever the input held.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        let text = field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
        return escapingControlCharacters(text)
    }
}

/// Every problem found in a scenario and the files it names, reported together so a user can
/// fix them all in one pass.
public struct InputProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [InputProblem]

    /// Every problem found, in the order found.
    public init(_ problems: [InputProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Collects problems while a file is read, so that reading can go on after the first one.
final class ProblemLog {
    private(set) var problems: [InputProblem] = []
    /// What is allowed but worth a look; it does not stop a run.
    private(set) var warnings: [InputProblem] = []
    /// The dialect and encoding of each CSV file read.
    private(set) var csvFiles: [CSVFileFormat] = []

    func report(_ file: String, _ line: Int?, _ field: String, _ message: String) {
        problems.append(InputProblem(file: file, line: line, field: field, message: message))
    }

    func warn(_ file: String, _ line: Int?, _ field: String, _ message: String) {
        warnings.append(InputProblem(file: file, line: line, field: field, message: "warning: " + message))
    }

    func append(_ problem: InputProblem) { problems.append(problem) }

    func note(_ format: CSVFileFormat) { csvFiles.append(format) }

    var isEmpty: Bool { problems.isEmpty }
}

/// What is wrong with a text that names something (an id, a name), or nil: such texts are written
/// into the result files, where a NUL, a line break or another control character would corrupt or
/// disguise a row.
func controlCharacterProblem(_ text: String) -> String? {
    guard let scalar = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return nil }
    let code = String(scalar.value, radix: 16, uppercase: true)
    return "\(quoted(text)) holds the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code) "
        + "(allowed: text without control characters such as NUL, tab or line breaks)"
}

/// A value from the input as a message quotes it: in single quotes, cut after 60 characters so a
/// stray blob of text does not flood the terminal.
func quoted(_ text: String) -> String { "'\(shortened(text))'" }

/// `text` cut after `limit` characters, with an ellipsis when cut.
func shortened(_ text: String, limit: Int = 60) -> String {
    text.count > limit ? String(text.prefix(limit)) + "…" : text
}

/// Line breaks, tabs and other control characters written as escapes (`\n`, `\u{1B}`).
private func escapingControlCharacters(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.properties.generalCategory == .control:
            result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
