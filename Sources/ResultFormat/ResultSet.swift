import Foundation

/// The result files of one finished run (`bhvplan run --out DIR`, and the `compare` and `size`
/// files beside them), loaded and checked.
public struct ResultSet: Equatable, Sendable {
    public var results: [ResultRow]
    public var fans: [FanRow]
    public var run: RunMetadata
    /// From `comparison.csv`, or `nil` when the run wrote none.
    public var comparison: [ComparisonRow]?
    /// From `staffing.csv`, or `nil` when the run wrote none.
    public var staffing: [StaffingRow]?
    /// From `observed.csv` (`bhvplan observe --out` into the folder, or `report --observed`), or
    /// `nil` when there is none: what the registrations show, drawn beside the projection.
    public var observed: [ObservedRow]?
    /// From `backtest.csv` (`bhvplan backtest --out` into the folder), or `nil` when there is
    /// none: how projections of past years did against what was registered.
    public var backtest: [BacktestRow]?
    /// From `sensitivity.csv` and `attribution.csv` (`bhvplan sensitivity`), or `nil` when the run wrote none.
    public var sensitivity: [SensitivityRow]?
    public var attribution: [AttributionRow]?

    /// A result set of these files; comparison, staffing, sensitivity and attribution are nil
    /// where the folder has none.
    public init(
        results: [ResultRow], fans: [FanRow], run: RunMetadata,
        comparison: [ComparisonRow]? = nil, staffing: [StaffingRow]? = nil, observed: [ObservedRow]? = nil,
        backtest: [BacktestRow]? = nil, sensitivity: [SensitivityRow]? = nil, attribution: [AttributionRow]? = nil
    ) {
        self.results = results
        self.fans = fans
        self.run = run
        self.comparison = comparison
        self.staffing = staffing
        self.observed = observed
        self.backtest = backtest
        self.sensitivity = sensitivity
        self.attribution = attribution
    }

    /// Loads `results.csv`, `fan.csv`, `run.json` and, when present, `comparison.csv`,
    /// `staffing.csv`, `observed.csv`, `backtest.csv`, `sensitivity.csv` and `attribution.csv` from `directory`. Errors name the file and, for CSV files, the line; files that
    /// do not belong to the run `manifest.json` records are refused (``ResultManifest/verify(directory:)``).
    public init(directory: URL) throws(ResultFormatError) {
        func rows<Row: ResultTableRow>(_ name: String, _ type: Row.Type) throws(ResultFormatError) -> [Row]? {
            guard let text = try Self.text(of: name, in: directory) else { return nil }
            return try Row.read(csv: text, fileName: name)
        }
        guard let results = try rows(ResultFiles.results, ResultRow.self) else { throw .missingFile(ResultFiles.results) }
        guard let fans = try rows(ResultFiles.fan, FanRow.self) else { throw .missingFile(ResultFiles.fan) }
        guard let runText = try Self.text(of: ResultFiles.run, in: directory) else { throw .missingFile(ResultFiles.run) }
        try ResultManifest.verify(directory: directory)
        self.init(
            results: results, fans: fans,
            run: try RunMetadata.decode(Data(runText.utf8), fileName: ResultFiles.run),
            comparison: try rows(ResultFiles.comparison, ComparisonRow.self),
            staffing: try rows(ResultFiles.staffing, StaffingRow.self),
            observed: try Self.text(of: ResultFiles.observed, in: directory).map { text throws(ResultFormatError) in
                try ObservedFile.read(csv: text, fileName: ResultFiles.observed)
            },
            backtest: try rows(ResultFiles.backtest, BacktestRow.self),
            sensitivity: try rows(ResultFiles.sensitivity, SensitivityRow.self),
            attribution: try rows(ResultFiles.attribution, AttributionRow.self))
    }

    /// Whether `directory` holds a backtest (`backtest.csv`) but no run (`results.csv`): what
    /// `bhvplan backtest --out` alone writes, reported by its backtest page only.
    public static func holdsBacktestOnly(_ directory: URL) -> Bool {
        let manager = FileManager.default
        return !manager.fileExists(atPath: directory.appendingPathComponent(ResultFiles.results).path)
            && manager.fileExists(atPath: directory.appendingPathComponent(ResultFiles.backtest).path)
    }

    /// The rows of `backtest.csv` in `directory`, checked against its `manifest.json`; a folder
    /// without one is ``ResultFormatError/missingFile(_:)``.
    public static func backtest(in directory: URL) throws(ResultFormatError) -> [BacktestRow] {
        guard let text = try text(of: ResultFiles.backtest, in: directory) else { throw .missingFile(ResultFiles.backtest) }
        try ResultManifest.verify(directory: directory)
        return try BacktestRow.read(csv: text, fileName: ResultFiles.backtest)
    }

    /// The UTF-8 text of `name` in `directory`, or `nil` when there is no such file.
    private static func text(of name: String, in directory: URL) throws(ResultFormatError) -> String? {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(file: name, reason: ResultFormatError.plainReason(error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(file: name, reason: "not UTF-8 text")
        }
        return text
    }
}
