import CSVText
import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// Runs every scenario of a folder unattended and renders one report per scenario plus an
/// overview (`bhvplan batch`). Every scenario is also compared with the folder's baseline
/// (`baseline: true`) on common random numbers, and the comparison goes into its report, as do the
/// folder's observations (`observed.csv`), when it has them. A scenario that fails is listed with its error and does not
/// stop the others; each scenario's folder is built aside and swapped in only when complete,
/// so an earlier report is replaced by a whole new one or not at all.
public struct Batch {
    /// What the batch tells its caller while it works.
    public enum Event: Sendable {
        case started(file: String, index: Int, count: Int)
        case finished(file: String, error: String?)
        case warning(String)
    }

    /// How the batch went: the scenario files that ran and that failed, the overview files, and whether it was stopped.
    public struct Outcome: Sendable {
        public var succeeded: [String]
        public var failed: [String]
        public var overview: [URL]
        /// True when the batch was interrupted before every scenario had run.
        public var interrupted: Bool
    }

    public var formats: Set<ReportFormat>
    public var language: ReportLanguage
    /// Also write each scenario's results (and comparison) as an Excel workbook into its result set.
    public var workbook: Bool
    /// The dialect of each scenario's CSV files.
    public var csvDialect: CSVDialect
    /// What the reports are laid out by.
    public var templates: ReportTemplates
    public var workers: Int
    /// Override every scenario's trials and seed when set.
    public var trials: Int?
    public var seed: UInt64?
    /// Also run each scenario's sensitivity analysis and miss attribution (`--sensitivity`): the
    /// region's tornado of the first home visit in the first year, and every unit's misses then.
    public var sensitivity = false

    /// A batch rendering `formats` in `language` (and workbooks when `workbook`); `trials` and
    /// `seed` override every scenario's when set.
    public init(formats: Set<ReportFormat>, language: ReportLanguage, workbook: Bool = false, csvDialect: CSVDialect = .tidy,
                templates: ReportTemplates = .bundled, workers: Int, trials: Int? = nil, seed: UInt64? = nil) {
        self.templates = templates
        self.formats = formats
        self.language = language
        self.workbook = workbook
        self.csvDialect = csvDialect
        self.workers = workers
        self.trials = trials
        self.seed = seed
    }

    /// The scenario files of a folder: its `*.yaml` and `*.yml` files, by name.
    public static func scenarioFiles(in folder: URL) throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw BatchProblems(["\(folder.path): is not a readable folder (allowed: a folder of scenario files, *.yaml or *.yml)"])
        }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Runs the batch; `trialProgress` hears (trials done, trials in all) of the scenario under way.
    public func run(folder: URL, output: URL, events: (Event) -> Void,
                    trialProgress: (@Sendable (Int, Int) -> Void)? = nil,
                    isCancelled: @escaping @Sendable () -> Bool) throws -> Outcome {
        let files = try Self.scenarioFiles(in: folder)
        if files.isEmpty {
            throw BatchProblems(["\(folder.path): no *.yaml in the folder (allowed: a folder of scenario files, *.yaml or *.yml)"])
        }
        // Load every file first, so the baseline is known before anything runs.
        let loaded: [Result<Scenario, InputProblems>] = files.map { file in
            Result { () throws(InputProblems) in try ScenarioLoader.load(path: file.path) }
        }
        try Self.checkTogether(files: files, loaded: loaded)
        let observed = try Self.observations(in: folder)
        try AtomicFileWriter.prepareFolder(output)
        let (formats, warning) = PDFBuilder().feasible(self.formats)
        if let warning { events(.warning(warning)) }
        let baseline = loaded.lazy.compactMap { try? $0.get() }.first { $0.isBaseline }
        var entries: [BatchOverview.Entry] = []
        var outcome = Outcome(succeeded: [], failed: [], overview: [], interrupted: false)
        for (index, (file, scenario)) in zip(files, loaded).enumerated() {
            if isCancelled() { outcome.interrupted = true; break }
            events(.started(file: file.lastPathComponent, index: index, count: files.count))
            do {
                let scenario = try scenario.get()
                let base = baseline.flatMap { $0.name == scenario.name ? nil : $0 }
                let entry = try runOne(scenario, file: file, baseline: base, observed: observed, formats: formats, output: output,
                                       events: events, trialProgress: trialProgress, isCancelled: isCancelled)
                entries.append(entry)
                outcome.succeeded.append(file.lastPathComponent)
                events(.finished(file: file.lastPathComponent, error: nil))
            } catch is BatchInterruption {
                outcome.interrupted = true
                break
            } catch {
                let message = "\(error)"
                entries.append(BatchOverview.Entry(file: file.lastPathComponent, scenario: file.deletingPathExtension().lastPathComponent,
                                                   results: nil, error: message, reports: []))
                outcome.failed.append(file.lastPathComponent)
                events(.finished(file: file.lastPathComponent, error: message))
            }
        }
        // Stopped: the old overview stays; an overview of the scenarios run so far would hide the rest.
        if outcome.interrupted { return outcome }
        let overview = BatchOverview(entries: entries, language: language)
        let markdown = output.appendingPathComponent("overview.md")
        let html = output.appendingPathComponent("overview.html")
        try AtomicFileWriter.write(overview.markdown(), to: markdown)
        try AtomicFileWriter.write(overview.html(), to: html)
        outcome.overview = [markdown, html]
        return outcome
    }

    /// Runs and reports one scenario into `output/NAME/`, built in a staging folder first; with a
    /// baseline, also its comparison against the baseline on common random numbers; with
    /// observations, they are drawn beside the projection in its report.
    private func runOne(_ loaded: Scenario, file: URL, baseline: Scenario?, observed: [ObservedRow]?,
                        formats: Set<ReportFormat>, output: URL,
                        events: (Event) -> Void, trialProgress: (@Sendable (Int, Int) -> Void)?,
                        isCancelled: @escaping @Sendable () -> Bool) throws -> BatchOverview.Entry {
        var scenario = loaded
        if let trials { scenario.trials = trials }
        if let seed { scenario.seed = seed }
        let folderName = Self.folderName(scenario.name)
        let staging = output.appendingPathComponent(".\(folderName).staging-\(ProcessInfo.processInfo.processIdentifier)")
        ResultSetWriter.removeStale(for: output.appendingPathComponent(folderName))  // of batches killed before
        try? FileManager.default.removeItem(at: staging)
        defer { try? FileManager.default.removeItem(at: staging) }
        guard let result = Planner.run(scenario, workers: workers, progress: trialProgress, isCancelled: isCancelled) else {
            throw BatchInterruption()
        }
        let style = ResultFileStyle(csvDialect: csvDialect, workbook: workbook ? language : nil)
        try RunFiles.write(result, to: staging, style: style)
        if var base = baseline {
            base.trials = scenario.trials
            if let seed { base.seed = seed }
            do {
                guard let comparison = try Comparison.run(base: base, others: [scenario], workers: workers,
                                                          progress: trialProgress, isCancelled: isCancelled)
                else { throw BatchInterruption() }
                try ComparisonFiles.write(comparison, to: staging, style: style)
            } catch let mismatch as ComparisonMismatch {
                events(.warning("\(file.lastPathComponent): not compared with \(base.name): \(mismatch)"))
            }
        }
        if sensitivity {
            let options = SensitivityJob.Options(unit: nil, year: nil, target: nil, confidence: SensitivityRequest.defaultConfidence, out: nil)
            guard let analysis = try SensitivityJob.analyse(scenario, options, workers: workers, progress: trialProgress, isCancelled: isCancelled)
            else { throw BatchInterruption() }
            try SensitivityFiles.write(analysis.tornado, analysis.attribution, to: staging, csvDialect: csvDialect)
        }
        let written = try renderReports(resultsDirectory: staging, formats: formats, language: language,
                                        outputDirectory: staging, baseName: folderName, templates: templates,
                                        observed: observed)
        let final = output.appendingPathComponent(folderName)
        try Self.replace(final, with: staging)
        return BatchOverview.Entry(file: file.lastPathComponent, scenario: scenario.name,
                                   results: try ResultSet(directory: final), error: nil,
                                   reports: written.map { "\(folderName)/\($0.lastPathComponent)" })
    }

    /// The report folder of a scenario: its name, with anything but letters, digits, `-` and `_`
    /// written as `-`.
    static func folderName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }

    /// The folder's `observed.csv` (`bhvplan observe --out` into the scenario folder), drawn in
    /// every scenario's report as the scenarios share the region; nil when there is none. A bad
    /// file is refused before anything runs.
    static func observations(in folder: URL) throws(BatchProblems) -> [ObservedRow]? {
        let file = folder.appendingPathComponent(ResultFiles.observed)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        do {
            return try ObservedFile.read(path: file.path)
        } catch {
            throw BatchProblems([error.description])
        }
    }

    /// Refuses, before anything runs, scenarios that cannot be reported side by side: two whose
    /// reports would go into one folder (the later would overwrite the earlier), or two baselines.
    static func checkTogether(files: [URL], loaded: [Result<Scenario, InputProblems>]) throws(BatchProblems) {
        var problems: [String] = []
        var folders: [String: URL] = [:]
        var baseline: URL?
        for (file, result) in zip(files, loaded) {
            guard case .success(let scenario) = result else { continue }
            let folder = folderName(scenario.name)
            if let first = folders[folder] {
                problems.append("\(file.path): name: '\(scenario.name)' gives the report folder '\(folder)' that \(first.path) "
                                + "already has (allowed: a name of its own per scenario)")
            } else {
                folders[folder] = file
            }
            if scenario.isBaseline {
                if let baseline {
                    problems.append("\(file.path): baseline: true here and in \(baseline.path) (allowed: one baseline per folder)")
                } else {
                    baseline = file
                }
            }
        }
        if !problems.isEmpty { throw BatchProblems(problems) }
    }

    /// Puts the complete `staging` folder in place of `destination` in one atomic exchange (see
    /// ``ResultSetWriter/replace(_:with:)``): readers see the old report or the new one.
    static func replace(_ destination: URL, with staging: URL) throws {
        try ResultSetWriter.replace(destination, with: staging)
    }
}

/// The batch was stopped by SIGINT/SIGTERM; the scenario under way left nothing behind.
struct BatchInterruption: Error {}

/// Scenario files that cannot run as one batch (none at all, two baselines, two with one report
/// folder): bad input, exit status 2, nothing run.
public struct BatchProblems: Error, CustomStringConvertible {
    public var problems: [String]
    init(_ problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "\n") }
}

/// A folder the batch cannot read or write.
public struct OutputFolderError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
