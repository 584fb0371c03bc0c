import Foundation

/// The result files of one finished run (`bhvplan run --out DIR`), loaded and checked.
public struct ResultSet: Equatable, Sendable {
    public var results: [ResultRow]
    public var fans: [FanRow]
    public var run: RunMetadata
    /// From `comparison.csv`, or `nil` when the run wrote none.
    public var comparison: [ComparisonRow]?
    /// From `staffing.csv`, or `nil` when the run wrote none.
    public var staffing: [StaffingRow]?

    public init(
        results: [ResultRow], fans: [FanRow], run: RunMetadata,
        comparison: [ComparisonRow]? = nil, staffing: [StaffingRow]? = nil
    ) {
        self.results = results
        self.fans = fans
        self.run = run
        self.comparison = comparison
        self.staffing = staffing
    }

    /// Loads `results.csv`, `fan.csv`, `run.json` and, when present, `comparison.csv` and
    /// `staffing.csv` from `directory`. Errors name the file and, for CSV files, the line.
    public init(directory: URL) throws {
        func table(_ name: String, _ columns: [String]) throws -> CSVTable? {
            guard let text = try Self.text(of: name, in: directory) else { return nil }
            return try CSVTable(text: text, fileName: name, required: columns)
        }
        guard let results = try table("results.csv", ResultRow.columns) else { throw ReportingError.missingFile("results.csv") }
        guard let fans = try table("fan.csv", FanRow.columns) else { throw ReportingError.missingFile("fan.csv") }
        guard let runText = try Self.text(of: "run.json", in: directory) else { throw ReportingError.missingFile("run.json") }
        self.init(
            results: try results.rows.map(ResultRow.init),
            fans: try fans.rows.map(FanRow.init),
            run: try RunMetadata.decode(Data(runText.utf8), fileName: "run.json"),
            comparison: try table("comparison.csv", ComparisonRow.columns)?.rows.map(ComparisonRow.init),
            staffing: try table("staffing.csv", StaffingRow.columns)?.rows.map(StaffingRow.init))
    }

    /// The UTF-8 text of `name` in `directory`, or `nil` when there is no such file.
    private static func text(of name: String, in directory: URL) throws -> String? {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReportingError.unreadableFile(file: name, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReportingError.unreadableFile(file: name, reason: "not UTF-8 text")
        }
        return text
    }
}
