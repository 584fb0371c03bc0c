import Foundation
import Testing

/// What a user sees from the process: exit statuses, messages on stderr, and output files that a
/// failed or interrupted run leaves exactly as they were.
@Suite(.serialized) struct CLISafetyTests {
    static let previous = "scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined\nprevious,run,2025,kept,1,1,1,1,,,1\n"

    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM")])
    func anInterruptedRunKeepsThePreviousResults(signal: Int32, status: Int32, name: String) throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("results.csv")
        try Data(Self.previous.utf8).write(to: results)
        let run = try CLIProcess(["run", "Scenarios/default.yaml", "--trials", "10000000", "--workers", "1",
                                  "--out", folder.path, "--format", "csv"])
        Thread.sleep(forTimeInterval: 2)
        kill(run.process.processIdentifier, signal)
        let outcome = run.wait()
        #expect(!outcome.signalled)
        #expect(outcome.status == status)
        #expect(outcome.stderr.hasPrefix("bhvplan: interrupted by \(name) after "))
        #expect(outcome.stderr.hasSuffix(" of 10000000 trials of 'default'; nothing was written and earlier output files are unchanged\n"))
        #expect(try Data(contentsOf: results) == Data(Self.previous.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.csv"])
    }

    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM")])
    func anInterruptedSizingSaysSoAndKeepsThePreviousAdvice(signal: Int32, status: Int32, name: String) throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let staffing = folder.appendingPathComponent("staffing.csv")
        try Data("previous\n".utf8).write(to: staffing)
        let size = try CLIProcess(["size", "Scenarios/default.yaml", "--trials", "10000000", "--workers", "1", "--out", folder.path])
        Thread.sleep(forTimeInterval: 2)
        kill(size.process.processIdentifier, signal)
        let outcome = size.wait()
        #expect(!outcome.signalled)
        #expect(outcome.status == status)
        // Progress lines (stderr is not a terminal here) may come first; the last line says what happened.
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.last == "bhvplan: interrupted by \(name) during the sizing of 'default'; nothing was written and earlier output files are unchanged")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("size default: ") }, "\(outcome.stderr)")
        #expect(try Data(contentsOf: staffing) == Data("previous\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["staffing.csv"])
    }

    @Test func anUnwritableOutputFolderFailsBeforeSimulating() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file.txt")
        try Data("not a folder\n".utf8).write(to: file)
        let start = Date()
        // Ten million trials would take hours: a quick exit shows nothing was simulated.
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "10000000",
                                          "--out", file.appendingPathComponent("out").path])
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("bhvplan: "))
        #expect(outcome.stderr.contains(file.appendingPathComponent("out").path))
        #expect(outcome.stdout.isEmpty)
    }

    /// `> /dev/full`: every write to standard output fails with ENOSPC.
    @Test(arguments: [["run", "Scenarios/default.yaml", "--trials", "20", "--workers", "1", "--format", "csv"],
                      ["validate", "Scenarios/default.yaml"]])
    func outputThatCannotBeWrittenIsAnError(arguments: [String]) throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
            Issue.record("this machine has no /dev/full to make standard output fail")
            return
        }
        let outcome = try CLIProcess(arguments, standardOutput: full).wait()
        #expect(!outcome.signalled)
        #expect(outcome.status == 1)
        // The cause is named when the last write is the one that failed (ENOSPC), else in general.
        let last = outcome.stderr.split(separator: "\n").last ?? ""
        #expect(last.hasPrefix("bhvplan: standard output cannot be written (") && last.hasSuffix("); what was printed is incomplete"),
                "\(outcome.stderr)")
    }

    @Test func badInputExitsTwoWithEveryProblem() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("bad.yaml")
        try Data("name: bad\nhorizon: 0\ntrials: -3\nregion: {units_csv: missing.csv}\n".utf8).write(to: scenario)
        let outcome = try CLIProcess.run(["run", scenario.path, "--out", folder.appendingPathComponent("out").path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == """
            \(scenario.path):2: horizon: 0 is out of range (allowed: a whole number from 1 to 50)
            \(scenario.path):3: trials: -3 is out of range (allowed: a whole number from 1 to 10000000)
            \(scenario.path):4: region.units_csv: 'missing.csv' does not exist (allowed: the path of an existing file; a scenario's CSV paths are relative to its folder)

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aRunTooLargeForMemoryIsRefused() throws {
        let outcome = try CLIProcess.run(["validate", "Scenarios/default.yaml"])
        #expect(outcome.status == 0)
        // 10⁶ workers would each hold a block of every cell: far beyond any machine.
        let refused = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "10000000", "--workers", "1000000"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("Scenarios/default.yaml: 27 units × 5 years (1575 output cells) on 1000000 workers would need about "))
        #expect(refused.stderr.hasSuffix(" of memory, more than this machine has (allowed: at most \(RunMemoryText.physical); use fewer --workers, units or years)\n"))
    }

    @Test(arguments: ["[", "name: x\nregion: {units: [{id: A}]}\n", "\u{FF}\u{FE}", "name: x\nhorizon: 99999999999999999999\n"])
    func neverASignalOnBadInput(yaml: String) throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("s.yaml")
        try Data(yaml.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }).write(to: scenario)
        let outcome = try CLIProcess.run(["validate", scenario.path])
        #expect(!outcome.signalled)
        #expect(outcome.status == 2)
        #expect(!outcome.stderr.isEmpty && outcome.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix(Substring(scenario.path)) })
    }
}

/// The machine's memory as the refusal message writes it.
enum RunMemoryText {
    static let physical = String(format: "%.1f GB", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)
}
