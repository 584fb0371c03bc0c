import CSVText

/// How a CSV file of the scenario was written: its dialect (tidy, or Swedish Excel's semicolons
/// and decimal commas) and its character encoding, both detected on reading, so that `validate`
/// can say how it read each file.
public struct CSVFileFormat: Sendable, Equatable {
    public var file: String
    public var dialect: CSVDialect
    public var encoding: CSVEncoding

    /// `FILE: comma-separated, decimal point, UTF-8`.
    public var summary: String { "\(file): \(dialect.summary), \(encoding.rawValue)" }
}
