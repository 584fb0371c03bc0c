import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// `bhvplan sensitivity`: the tornado of one target at a unit or the region, and the attribution
/// of the unit's (or every unit's) missed targets to their drivers, printed and written when asked.
public enum SensitivityJob {
    /// What `bhvplan sensitivity` is asked beyond the scenario.
    public struct Options: Sendable {
        /// A unit id, or nil / `REGION` for the region.
        public var unit: String?
        public var year: Int?
        /// The tornado's indicator id (nil: first_home_visit).
        public var target: String?
        public var confidence: Double
        public var out: String?
        /// `table` prints the tornado and the sentences; `json` prints both files' rows for tools.
        public var format: Format = .table
        public var language: ReportLanguage = .en
        public var csvDialect: CSVDialect = .tidy
        public var quiet = false

        public init(unit: String?, year: Int?, target: String?, confidence: Double, out: String?) {
            self.unit = unit
            self.year = year
            self.target = target
            self.confidence = confidence
            self.out = out
        }
    }

    /// What the command prints on standard output.
    public enum Format: String, CaseIterable, Sendable {
        case table, json
    }

    /// The rows of both files for `scenario`.
    struct Analysis {
        var tornado: [SensitivityRow]
        var attribution: [AttributionRow]
    }

    public static func perform(_ scenarioRequest: ScenarioRequest, _ options: Options) throws(CommandFailure) {
        let scenario = try scenarioRequest.load()
        let folder = options.out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        let analysis = try analyse(scenario, options, workers: scenarioRequest.workers)
        if let folder {
            try CommandFailure.writing {
                try SensitivityFiles.write(analysis.tornado, analysis.attribution, to: folder, csvDialect: options.csvDialect)
            }
        }
        switch options.format {
        case .table: print(SensitivitySummary.render(analysis.tornado, analysis.attribution, language: options.language), terminator: "")
        case .json: print(json(analysis), terminator: "")
        }
    }

    /// Runs the tornado and the attribution of `scenario` with a progress line unless quiet; on
    /// SIGINT/SIGTERM says how far it got.
    static func analyse(_ scenario: Scenario, _ options: Options, workers: Int) throws(CommandFailure) -> Analysis {
        try RunSession.stopIfInterrupted()
        let line = ProgressLine.unlessQuiet(options.quiet, label: "sensitivity \(scenario.name)")
        let analysis = try analyse(scenario, options, workers: workers, progress: { line?.update(done: $0, of: $1) },
                                   isCancelled: RunSession.isCancelled)
        line?.finish()
        guard let analysis else { throw RunSession.interrupted("during the sensitivity analysis of '\(scenario.name)'") }
        return analysis
    }

    /// Runs the tornado, then the attribution of `scenario` and the sizing of its rows no single
    /// driver explains (for `batch` too): `progress` hears the three as one count. Nil when
    /// `isCancelled` stopped it; exit status 2 for a request that does not fit the scenario,
    /// before anything runs.
    static func analyse(_ scenario: Scenario, _ options: Options, workers: Int,
                        progress: (@Sendable (Int, Int) -> Void)?,
                        isCancelled: @escaping @Sendable () -> Bool) throws(CommandFailure) -> Analysis? {
        let indicator = try options.target.map { text throws(CommandFailure) in
            try IndicatorList.parse(text, option: "--target", allowed: Indicator.targeted) { _ in "is not a target" }.first!
        } ?? SensitivityRequest.defaultIndicator
        let request = SensitivityRequest(unit: options.unit == RegionUnit.id ? nil : options.unit, year: options.year,
                                         indicator: indicator, confidence: options.confidence)
        let key: CellKey
        let attributed: [CellKey]
        do {
            key = try request.tornadoCell(in: scenario)
            attributed = try request.attributionCells(in: scenario)
        } catch {
            throw CommandFailure("bhvplan: \(error.description)", status: 2)
        }
        guard Sensitivity.hasCell(key, in: scenario) else {
            throw CommandFailure("bhvplan: --target: the region has no \(indicator.id) row (allowed for the region: a target other than newborns_per_doctor, or --unit)", status: 2)
        }
        // One count over three steps: the tornado's trials, the attribution's, then the sizing of
        // the rows a driver does not explain, each step a third.
        func step(_ number: Int) -> (@Sendable (Int, Int) -> Void)? {
            progress.map { report in
                { @Sendable done, total in report(number * scenario.trials + done * scenario.trials / max(total, 1), 3 * scenario.trials) }
            }
        }
        guard let tornado = Sensitivity.run(scenario, keys: [key], workers: workers, progress: step(0), isCancelled: isCancelled),
              let attribution = MissAttribution.run(scenario, keys: attributed, workers: workers, progress: step(1), isCancelled: isCancelled),
              let sized = try AttributionSizing.sized(SensitivityFiles.rows(attribution, confidence: request.confidence), in: scenario,
                                                      confidence: request.confidence, workers: workers, progress: step(2),
                                                      isCancelled: isCancelled)
        else { return nil }
        return Analysis(tornado: SensitivityFiles.rows(tornado), attribution: sized)
    }

    /// Both files' rows as one JSON object: `{"attribution": [...], "sensitivity": [...]}`.
    static func json(_ analysis: Analysis) -> String {
        struct Both: Encodable {
            var attribution: [AttributionRow]
            var sensitivity: [SensitivityRow]
        }
        return ResultJSON.text(Both(attribution: analysis.attribution, sensitivity: analysis.tornado))
    }
}
