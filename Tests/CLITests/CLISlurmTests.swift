import Foundation
import Testing

/// The bundled Slurm scripts on a real Slurm: `Scenarios/cluster/submit` sends 4 shards as a job
/// array and a merge that waits for them; the merged files must be the single run's, byte for
/// byte. Where Slurm does not answer (and `.ci/start-slurm` cannot start it) the test says why
/// and runs the 4 shards as local processes at once instead, then merges them.
@Suite struct CLISlurmTests {
    /// Runs a program (found on the PATH) to the end: its status, stdout and stderr.
    static func shell(_ arguments: [String], in folder: URL = CLIProcess.root,
                      environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// Nil when Slurm answers (after starting it with `.ci/start-slurm` if need be), else why not.
    static func slurmProblem() -> String? {
        // sinfo retries an unreachable controller for long: bounded by timeout.
        if let sinfo = try? shell(["timeout", "10", "sinfo", "-h"]), sinfo.status == 0 { return nil }
        guard let started = try? shell(["timeout", "180", CLIProcess.root.appendingPathComponent(".ci/start-slurm").path]) else {
            return ".ci/start-slurm could not be run"
        }
        if started.status == 0, let sinfo = try? shell(["timeout", "10", "sinfo", "-h"]), sinfo.status == 0 { return nil }
        return (started.stderr + started.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.timeLimit(.minutes(5)))
    func aJobArrayOfFourShardsMergesToTheSingleRun() throws {
        let folder = try CLIShardTests.scenarioFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = ["run", folder.appendingPathComponent("base.yaml").path, "--trials", "800", "--seed", "3"]
        try CLIShardTests.succeed(run + ["--out", folder.appendingPathComponent("single").path, "--quiet"])
        let (parts, out) = (folder.appendingPathComponent("parts"), folder.appendingPathComponent("merged"))

        if let problem = Self.slurmProblem() {
            print("CLISlurmTests: Slurm is not available (\(problem)); running the 4 shards as local processes")
            try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
            let shards = try (1...4).map { index in
                try CLIProcess(run + ["--shard", "\(index)/4", "--out", parts.appendingPathComponent("shard-\(index).part").path, "--quiet"])
            }
            for shard in shards { #expect(shard.wait().status == 0) }
            try CLIShardTests.succeed(["merge"] + (1...4).map { parts.appendingPathComponent("shard-\($0).part").path } + ["--out", out.path])
        } else {
            let submit = CLIProcess.root.appendingPathComponent("Scenarios/cluster/submit").path
            let submitted = try Self.shell([submit, "4", parts.path, out.path] + run, in: folder,
                                           environment: ["BHVPLAN": CLIProcess.executable.path])
            try #require(submitted.status == 0, "\(submitted.stderr)")
            // "shards: job 12 (array 0-3), merge: job 13"
            let jobs = submitted.stdout.split(whereSeparator: { !$0.isNumber }).map(String.init)
            try #require(jobs.count == 4, "\(submitted.stdout)")
            let (array, merge) = (jobs[0], jobs[3])
            let deadline = Date().addingTimeInterval(240)
            while try Self.shell(["squeue", "-h", "-j", "\(array),\(merge)"]).stdout.isEmpty == false {
                if Date() > deadline {
                    _ = try? Self.shell(["scancel", array, merge])
                    Issue.record("the jobs did not end within 4 minutes; cancelled")
                    return
                }
                Thread.sleep(forTimeInterval: 1)
            }
            let log = (try? String(contentsOf: folder.appendingPathComponent("bhvplan-merge-\(merge).out"), encoding: .utf8)) ?? ""
            #expect(FileManager.default.fileExists(atPath: out.path), "the merge job wrote nothing: \(log)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: parts.path).sorted()
                    == ["shard-1.part", "shard-2.part", "shard-3.part", "shard-4.part"])
        }
        let expected = try CLIShardTests.files(folder.appendingPathComponent("single"))
        #expect(try CLIShardTests.files(out) == expected)
    }
}
