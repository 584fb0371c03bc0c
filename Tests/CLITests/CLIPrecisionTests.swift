import Foundation
import Testing

/// `run --precision`: the files of a run of the trials it reports, for 1 and 2 workers.
@Suite struct CLIPrecisionTests {
    @Test(arguments: ["1", "2"])
    func aRunToAPrecisionWritesTheFilesOfItsTrials(workers: String) throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let grown = try CLIProcess.run(["run", "Scenarios/default.yaml", "--precision", "0.001", "--max-trials", "300",
                                        "--workers", workers, "--out", folder.appendingPathComponent("grown").path, "--format", "csv",
                                        "--quiet"])
        #expect(grown.status == 0)
        #expect(grown.stderr.hasPrefix("bhvplan: Stopped at --max-trials 300: the largest standard error of a p_meet is "), "\(grown.stderr)")
        let fixed = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "300",
                                        "--workers", workers, "--out", folder.appendingPathComponent("fixed").path, "--format", "csv",
                                        "--quiet"])
        #expect(fixed.status == 0)
        #expect(grown.stdout == fixed.stdout)
        for file in ["results.csv", "results.json", "fan.csv", "run.json"] {
            let one = try Data(contentsOf: folder.appendingPathComponent("grown/\(file)"))
            let other = try Data(contentsOf: folder.appendingPathComponent("fixed/\(file)"))
            #expect(one == other, "\(file)")
        }
    }

    @Test func anUnknownIndicatorIsNamedWithTheAllowedOnes() throws {
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--precision", "0.01", "--precision-targets", "first_visit"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--precision-targets: 'first_visit' is not an indicator with a target; allowed: newborns_per_nurse_fte"))
    }
}
