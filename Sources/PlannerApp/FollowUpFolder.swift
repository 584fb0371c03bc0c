import ChildHealth
import Foundation
import ResultFormat

/// A folder holding a region's follow-up as `bhvplan synthesize` writes it and `calibrate` and
/// `backtest` read it: `registrations.csv`, and where present `connections.csv`,
/// `staffing-report.csv` and a code map `codes.yaml` (else the bundled KVÅ map).
enum FollowUpFolder {
    /// The folder's registrations counted with the scenario's targets and CNI policy; what was not
    /// counted is warned of on stderr, as `observe` does. Exit status 2 when a file is wrong.
    static func count(_ path: String, scenario: Scenario) throws(CommandFailure) -> FollowUpCount {
        let folder = URL(fileURLWithPath: path)
        func file(_ name: String) -> String? {
            let file = folder.appendingPathComponent(name).path
            return FileManager.default.fileExists(atPath: file) ? file : nil
        }
        let count: FollowUpCount
        do {
            let codes = try file("codes.yaml").map { path throws(InputProblems) in try CodeMap.read(path: path) } ?? .kvaDefault
            let extract = try FollowUpReader.read(registrations: [folder.appendingPathComponent(ResultFiles.registrations).path],
                                                  connections: file(ResultFiles.connections), staffing: file(ResultFiles.staffingReport))
            count = FollowUpCount(extract, codes: codes, targets: scenario.targets, policy: scenario.cniPolicy)
        } catch {
            throw ScenarioRequest.refusal(error.problems)
        }
        for line in ObserveJob.warnings(count) { FileHandle.standardError.write(Data("bhvplan: warning: \(line)\n".utf8)) }
        return count
    }
}
