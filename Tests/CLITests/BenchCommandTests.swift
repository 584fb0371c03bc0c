import Foundation
import Testing

/// `bhvplan bench` as a user runs it: the scenario by option (or, as before, by argument), the
/// scenario's own trials unless `--trials`, and options refused with exit status 64.
@Suite(.serialized) struct BenchCommandTests {
    @Test func measuresTheDefaultScenarioWithBothWorkerCounts() throws {
        let outcome = try CLIProcess.run(["bench", "--trials", "10", "--repeats", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("bench: default (Scenarios/default.yaml): 27 units × 5 years, 10 trials") == true)
        #expect(lines.contains("  blocks: 1 of 10 trials (block size 200)"))
        #expect(lines.contains { $0.hasPrefix("  warning: 1 block for 2 workers") })
        #expect(lines.contains { $0.hasPrefix("      1  ") } && lines.contains { $0.hasPrefix("      2  ") })
        #expect(lines.contains { $0.hasPrefix("speed-up 1→2 workers: ") })
        #expect(lines.last?.hasPrefix("peak MiB: ") == true)
    }

    @Test func takesTheScenarioByOptionOrArgumentAndItsOwnTrials() throws {
        let folder = try CLIProcess.temporaryFolder()
        let file = folder.appendingPathComponent("tiny.yaml")
        try Data(CLICommandTests.scenario(name: "tiny").utf8).write(to: file)
        for arguments in [["--scenario", file.path], [file.path]] {
            let outcome = try CLIProcess.run(["bench"] + arguments + ["--workers", "1", "--repeats", "1"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stdout.hasPrefix("bench: tiny (\(file.path)): 1 unit × 2 years, 40 trials"))
        }
    }

    @Test(arguments: [["--workers", "0,2"], ["--workers", "1,,2"], ["--repeats", "0"], ["--trials", "0"],
                      ["a.yaml", "--scenario", "b.yaml"]])
    func refusesBadOptions(arguments: [String]) throws {
        let outcome = try CLIProcess.run(["bench"] + arguments)
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
    }

    @Test func aMissingScenarioIsAnInputProblem() throws {
        let outcome = try CLIProcess.run(["bench", "--scenario", "Scenarios/none.yaml", "--repeats", "1"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("Scenarios/none.yaml"))
    }
}
