import Foundation
import TestSupport
import Testing

/// `compare`, `size`, `report` and `batch` run as a user runs them: the exit status (0 done,
/// 1 a file or a scenario of a batch failed, 2 input or options refused), what they print, and
/// the files they leave.
@Suite(.serialized) struct CLICommandTests {
    /// A small scenario: one unit, two years, few trials, so each command takes a moment.
    static func scenario(name: String, horizon: Int = 2, extraNurse: Bool = false) -> String {
        var unit = ScenarioYAML.oster
        if extraNurse { unit.staff.insert(ScenarioYAML.person("N3", "nurse", 0.5), at: 2) }
        return ScenarioYAML.text(name: name, horizon: horizon, trials: 40, units: [unit])
    }

    /// Writes `files` (name → text) into a fresh folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try CLIProcess.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static func lines(_ url: URL) throws -> [Substring] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    }

    /// A nurse below half time is allowed but named by `validate` (Region Kronoberg's key figures
    /// ask at least 50%); `run` goes ahead without a word.
    @Test func validateWarnsOfANurseBelowHalfTime() throws {
        let text = Self.scenario(name: "part-time").replacingOccurrences(of: "fraction: 0.8", with: "fraction: 0.4")
        let folder = try Self.folder(["s.yaml": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.yaml").path
        let checked = try CLIProcess.run(["validate", path])
        #expect(checked.status == 0)
        #expect(checked.stderr == "\(path):15: region.units[0].staff[1].fraction: warning: nurse 'N2' works 0.4 of full time, "
                + "below 0.5, the least Region Kronoberg's key figures ask of a nurse (the run goes ahead)\n")
        #expect(checked.stdout == "\(path): OK — 1 units, 3 persons, 0 interventions, 2026–2027, 40 trials, 1 warning above\n")
        // Run goes ahead without the warnings (--quiet: no progress lines either).
        let ran = try CLIProcess.run(["run", path, "--quiet", "--out", folder.appendingPathComponent("out").path])
        #expect(ran.status == 0 && ran.stderr.isEmpty, "\(ran.stderr)")
    }

    @Test func compareWritesTheComparisonAndRefusesAMismatchWithStatusTwo() throws {
        let folder = try Self.folder(["base.yaml": Self.scenario(name: "base"),
                                      "more.yaml": Self.scenario(name: "more", extraNurse: true),
                                      "longer.yaml": Self.scenario(name: "longer", horizon: 3)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let done = try CLIProcess.run(["compare", folder.appendingPathComponent("base.yaml").path,
                                       folder.appendingPathComponent("more.yaml").path, "--workers", "2", "--out", out.path])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("more"))
        let rows = try Self.lines(out.appendingPathComponent("comparison.csv"))
        #expect(rows.first?.hasPrefix("base,other,unit,year,indicator,") == true, "\(rows.first ?? "")")
        // One more nurse: fewer newborns per nurse FTE in every trial, so P(better) is 1.
        let perFTE = try #require(rows.first { $0.hasPrefix("base,more,U1,2026,newborns_per_nurse_fte,") })
        #expect(perFTE.split(separator: ",", omittingEmptySubsequences: false)[10] == "1", "\(perFTE)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparison.json").path))

        let refusedOut = folder.appendingPathComponent("refused")
        let refused = try CLIProcess.run(["compare", folder.appendingPathComponent("base.yaml").path,
                                          folder.appendingPathComponent("longer.yaml").path, "--out", refusedOut.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot compare 'longer' with the base 'base': horizon 3 years differs from 2"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: refusedOut.appendingPathComponent("comparison.csv").path))
    }

    @Test func sizeWritesTheAdviceAndRefusesABadConfidenceWithStatusTwo() throws {
        let folder = try Self.folder(["s.yaml": Self.scenario(name: "s")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let done = try CLIProcess.run(["size", folder.appendingPathComponent("s.yaml").path, "--workers", "2", "--out", out.path])
        #expect(done.status == 0, "\(done.stderr)")
        let rows = try Self.lines(out.appendingPathComponent("staffing.csv"))
        // One row per number of persons, 1 … 6 (the default --max-persons).
        #expect(rows.count == 7 && rows[1].hasPrefix("U1,2026,2026,1,"), "\(rows)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("staffing.json").path))

        let refused = try CLIProcess.run(["size", folder.appendingPathComponent("s.yaml").path, "--confidence", "1.5"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "bhvplan: --confidence must be between 0 and 1 (got 1.5)\n", "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)

        let period = try CLIProcess.run(["size", folder.appendingPathComponent("s.yaml").path, "--years", "2026-2028"])
        #expect(period.status == 2)
        #expect(period.stderr == "bhvplan: --years 2026-2028 is outside the scenario's horizon (allowed: 2026–2027)\n", "\(period.stderr)")
        let unit = try CLIProcess.run(["size", folder.appendingPathComponent("s.yaml").path, "--unit", "U9"])
        #expect(unit.status == 2)
        #expect(unit.stderr.hasPrefix("bhvplan: --unit: 'U9' is not a unit of s (did you mean U1?); allowed: U1"), "\(unit.stderr)")
        let cost = try CLIProcess.run(["size", folder.appendingPathComponent("s.yaml").path, "--person-cost-fte", "-0.1"])
        #expect(cost.status == 2)
        #expect(cost.stderr == "bhvplan: --person-cost-fte must be between 0 and 1 FTE (got -0.1)\n", "\(cost.stderr)")
    }

    @Test func reportRendersARunsResultsAndFailsWithStatusTwoWithoutThem() throws {
        let folder = try Self.folder(["s.yaml": Self.scenario(name: "s")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("results")
        let run = try CLIProcess.run(["run", folder.appendingPathComponent("s.yaml").path, "--workers", "2", "--out", results.path])
        #expect(run.status == 0, "\(run.stderr)")
        let done = try CLIProcess.run(["report", results.path, "--format", "md,html", "--name", "s"])
        #expect(done.status == 0, "\(done.stderr)")
        let written = done.stdout.split(separator: "\n").map(String.init).sorted()
        #expect(written == [results.appendingPathComponent("s.html").path, results.appendingPathComponent("s.md").path])
        #expect(try String(contentsOf: results.appendingPathComponent("s.md"), encoding: .utf8).contains("BVC Öster"))

        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let failed = try CLIProcess.run(["report", empty.path, "--format", "md"])
        #expect(failed.status == 2)
        #expect(failed.stderr == "\(empty.path)/results.csv: missing (allowed: a results folder as `bhvplan run --out` writes it, "
                + "with results.csv, fan.csv and run.json)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    @Test func batchExitsOneWhenAScenarioFailsAndZeroWhenAllRan() throws {
        let folder = try Self.folder(["good.yaml": Self.scenario(name: "good"), "broken.yaml": "name: broken\nhorizon: [1\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("Reports")
        let failed = try CLIProcess.run(["batch", folder.path, "--out", reports.path, "--format", "md", "--workers", "2"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("broken.yaml: FAILED\n"), "\(failed.stdout)")
        #expect(failed.stdout.contains("good.yaml: done\n"))
        #expect(failed.stdout.hasSuffix("1 scenarios reported, 1 failed\n"), "\(failed.stdout)")
        #expect(FileManager.default.fileExists(atPath: reports.appendingPathComponent("good/good.md").path))

        try FileManager.default.removeItem(at: folder.appendingPathComponent("broken.yaml"))
        let done = try CLIProcess.run(["batch", folder.path, "--out", reports.path, "--format", "md", "--workers", "2"])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.hasSuffix("1 scenarios reported, 0 failed\n"), "\(done.stdout)")
    }
}

/// `batch` refuses, before running anything, a folder it cannot report whole (exit status 2), and
/// a stopped batch leaves the earlier overview in place.
@Suite(.serialized) struct CLIBatchInputTests {
    @Test func twoScenariosWithOneReportFolderAreRefused() throws {
        let folder = try CLICommandTests.folder(["a.yaml": CLICommandTests.scenario(name: "same name"),
                                                 "b.yaml": CLICommandTests.scenario(name: "same-name")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("Reports")
        let outcome = try CLIProcess.run(["batch", folder.path, "--out", reports.path, "--format", "md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(folder.path)/b.yaml: name: 'same-name' gives the report folder 'same-name' that \(folder.path)/a.yaml "
                + "already has (allowed: a name of its own per scenario)\n")
        #expect(outcome.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: reports.path))
    }

    @Test func twoBaselinesAreRefused() throws {
        let folder = try CLICommandTests.folder(["a.yaml": "baseline: true\n" + CLICommandTests.scenario(name: "a"),
                                                 "b.yaml": "baseline: true\n" + CLICommandTests.scenario(name: "b")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIProcess.run(["batch", folder.path, "--out", folder.appendingPathComponent("Reports").path, "--format", "md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(folder.path)/b.yaml: baseline: true here and in \(folder.path)/a.yaml (allowed: one baseline per folder)\n")
    }

    @Test func aFolderWithoutScenariosIsRefused() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIProcess.run(["batch", folder.path, "--out", folder.appendingPathComponent("Reports").path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(folder.path): no *.yaml in the folder (allowed: a folder of scenario files, *.yaml or *.yml)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func stagingFoldersOfKilledBatchesAreRemoved() throws {
        let folder = try CLICommandTests.folder(["a.yaml": CLICommandTests.scenario(name: "a")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("Reports")
        // Left by a batch killed with SIGKILL (no process has a pid above pid_max, 2²²).
        let stale = reports.appendingPathComponent(".a.staging-4194305")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let outcome = try CLIProcess.run(["batch", folder.path, "--out", reports.path, "--format", "md", "--workers", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted() == ["a", "overview.html", "overview.md"])
    }

    @Test func aStoppedBatchKeepsTheOldOverview() throws {
        let folder = try CLICommandTests.folder(["a.yaml": CLICommandTests.scenario(name: "a")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("Reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for name in ["overview.md", "overview.html"] { try Data("old\n".utf8).write(to: reports.appendingPathComponent(name)) }
        let batch = try CLIProcess(["batch", folder.path, "--out", reports.path, "--format", "md", "--trials", "10000000", "--workers", "1"])
        Thread.sleep(forTimeInterval: 2)
        kill(batch.process.processIdentifier, SIGINT)
        let outcome = batch.wait()
        #expect(outcome.status == 130)
        #expect(outcome.stderr.hasSuffix("its earlier report is unchanged, and so is the overview\n"), "\(outcome.stderr)")
        for name in ["overview.md", "overview.html"] {
            #expect(try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8) == "old\n")
        }
    }
}
