/// One record of a CSV text: its fields, and the line of the text it starts on (1-based), so that
/// a problem with it can be pointed at even when a quoted field before it spans several lines.
public struct CSVRecord: Equatable, Sendable {
    public var fields: [String]
    public var line: Int

    /// A record of `fields` starting on `line`.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}
