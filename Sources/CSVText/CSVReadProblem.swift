/// A CSV text that cannot be split into records.
public enum CSVReadProblem: Error, Equatable, Sendable {
    /// A quote opened on `line` is never closed, so the rest of the text would be one field.
    case unclosedQuote(line: Int)
}
