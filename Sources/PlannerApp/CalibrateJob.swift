import ChildHealth
import Foundation
import ResultFormat

/// `bhvplan calibrate`: fits a scenario's births trend and variation, the families' acceptance
/// of each activity and the extended programme's offer, acceptance and drop-out to a follow-up (``Calibration``), prints each fit with its standard error and
/// method and what could not be fitted, and with `--out` writes the scenario with the fitted values
/// in place, each carrying its fit as a comment, after reading it back through the scenario loader.
public enum CalibrateJob {
    /// What `bhvplan calibrate` is given.
    public struct Options: Sendable {
        public var scenario: String
        /// A follow-up folder (see ``FollowUpFolder``).
        public var observed: String
        /// The calibrated scenario file to write.
        public var out: String?

        public init(scenario: String, observed: String, out: String?) {
            self.scenario = scenario
            self.observed = observed
            self.out = out
        }
    }

    public static func perform(_ options: Options) throws(CommandFailure) {
        let scenario = try ScenarioRequest(path: options.scenario).load()
        let count = try FollowUpFolder.count(options.observed, scenario: scenario)
        let calibration = Calibration(count.observations, programme: count.programmeFamilies)
        print(table(calibration, scenario: scenario), terminator: "")
        guard let out = options.out else { return }
        let original: String
        do {
            original = try String(contentsOfFile: options.scenario, encoding: .utf8)
        } catch {
            throw CommandFailure("bhvplan: \(options.scenario): cannot be read again (\(error.localizedDescription))", status: 1)
        }
        let from = URL(fileURLWithPath: options.scenario).deletingLastPathComponent()
        let to = URL(fileURLWithPath: out).deletingLastPathComponent()
        let years = calibration.years.map { " \($0.lowerBound)–\($0.upperBound)" } ?? ""
        let rewritten = CalibratedScenarioText(
            original: original, values: calibration.values(in: scenario), name: scenario.name + "-calibrated",
            header: ["Calibrated by: bhvplan calibrate \(options.scenario) --observed \(options.observed) --out \(out)",
                     "Fitted to the follow-up in \(options.observed) (years\(years)); values marked '# fitted:' replace the original's."]
                + calibration.notFitted(in: scenario).map { "Not fitted: \($0)." },
            movePath: { relativePath(of: from.appendingPathComponent($0).standardized, from: to.standardized) })
        if !rewritten.unplaced.isEmpty {
            throw CommandFailure("bhvplan: \(options.scenario): \(rewritten.unplaced.joined(separator: ", ")) sit in a flow-style mapping "
                                 + "({…}); write that section in block style to calibrate it", status: 2)
        }
        // The loader finds the CSV files from the new file's folder, which must exist for that.
        try CommandFailure.writing { try FileManager.default.createDirectory(at: to, withIntermediateDirectories: true) }
        do {
            _ = try ScenarioLoader.load(yaml: rewritten.text, file: out)
        } catch {
            throw CommandFailure("bhvplan: the calibrated scenario does not load (a fault of bhvplan, please report it):\n"
                                 + error.description, status: 1)
        }
        try CommandFailure.writing { try AtomicFileWriter.write(rewritten.text, to: URL(fileURLWithPath: out)) }
        print("\(out): written and validated")
    }

    /// The fitted values beside the scenario's, with standard error and method, then what was not fitted.
    static func table(_ calibration: Calibration, scenario: Scenario) -> String {
        let header = ["value", "scenario", "fitted", "SE", "data", "method"]
        let rows = calibration.values(in: scenario).map { value in
            [value.field, Calibration.value(of: value.field, in: scenario).map(FittedValue.short) ?? "", value.text,
             FittedValue.short(value.standardError), value.sample, value.method]
        }
        return TerminalTable.aligned([header] + rows, leftAligned: true)
            + calibration.notFitted(in: scenario).map { "not fitted: \($0)\n" }.joined()
    }

    /// `file` as a path relative to the folder `folder`.
    static func relativePath(of file: URL, from folder: URL) -> String {
        let target = file.pathComponents
        let base = folder.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.joined(separator: "/")
    }
}
