import Foundation
import Testing

/// Progress of long work: not on a terminal (here, a pipe) a plain line at each tenth, on
/// stderr so that stdout stays the table, CSV or JSON; nothing with `--quiet`.
@Suite(.serialized) struct CLIProgressTests {
    @Test func runComparAndSizeTellTheirProgressInPlainLines() throws {
        let run = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "400", "--workers", "1", "--format", "csv"])
        #expect(run.status == 0 && run.stdout.hasPrefix("scenario,unit,"))
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.last?.hasPrefix("default: 100% (400/400 trials, ") == true, "\(run.stderr)")
        #expect(lines.count <= 10 && lines.allSatisfy { $0.hasPrefix("default: ") && $0.hasSuffix(" s left)") })
        let compare = try CLIProcess.run(["compare", "Scenarios/default.yaml", "Scenarios/staff-plus-25.yaml", "--trials", "200", "--workers", "1"])
        #expect(compare.stderr.contains("compare: 100% ("), "\(compare.stderr)")
        let size = try CLIProcess.run(["size", "Scenarios/default.yaml", "--trials", "20", "--workers", "1"])
        #expect(size.stderr.contains("size default: 100% (27/27 units, "), "\(size.stderr)")
    }

    @Test func quietShowsNoProgress() throws {
        for arguments in [["run", "Scenarios/default.yaml", "--trials", "400"],
                          ["compare", "Scenarios/default.yaml", "Scenarios/staff-plus-25.yaml", "--trials", "200"],
                          ["size", "Scenarios/default.yaml", "--trials", "20"]] {
            let outcome = try CLIProcess.run(arguments + ["--workers", "1", "--quiet"])
            #expect(outcome.status == 0 && outcome.stderr.isEmpty, "\(arguments[0]): \(outcome.stderr)")
        }
    }
}
