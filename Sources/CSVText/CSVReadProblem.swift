/// A CSV text that cannot be split into records.
public enum CSVReadProblem: Error, Equatable, Sendable {
    /// A quote opened on `line` is never closed, so the rest of the text would be one field.
    case unclosedQuote(line: Int)
    /// A quote inside an unquoted field, or text after the closing quote of a field, on `line`.
    case quoteOutOfPlace(line: Int)
}
