import ChildHealth
import Foundation
import ResultFormat

/// The fingerprint of the scenarios a sharded run ran: the bytes of each scenario file and of
/// every CSV file it names, in order. Every part of a run records it, and `merge` recomputes it
/// from the files, so parts of another scenario, or of a scenario edited since, are refused.
enum ScenarioHash {
    /// The hash of the scenario files at `paths`, loaded as `scenarios` (for the CSV files they name).
    static func of(paths: [String], scenarios: [Scenario]) throws(CommandFailure) -> String {
        var content = Data()
        for (path, scenario) in zip(paths, scenarios) {
            for file in [path] + scenario.csvFiles.map(\.file) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("bhvplan: cannot read \(file) to fingerprint the scenario", status: 2)
                }
                content.append(Data("\(data.count) \(URL(fileURLWithPath: file).lastPathComponent)\n".utf8))
                content.append(data)
            }
        }
        return ResultManifest.fingerprint(content)
    }
}
