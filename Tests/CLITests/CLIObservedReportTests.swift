import Foundation
import Testing

/// `report` with what `observe` counted: taken from the results folder when `observe --out` wrote
/// it there, or from `--observed`; a bad observed.csv is bad input (exit status 2) named by file
/// and line, and no report is written.
@Suite struct CLIObservedReportTests {
    /// Five children born in 2026 at U1, three of them with a first home visit.
    static let extract = """
        child,born,date,code,unit
        c1,2026-02,2026-02-20,Hembesök nyfödd,U1
        c2,2026-03,2026-03-25,Hembesök nyfödd,U1
        c3,2026-05,2026-05-30,Hembesök nyfödd,U1
        c4,2026-06,2026-07-15,EPDS,U1
        c5,2026-08,2026-09-01,EPDS,U1

        """

    @Test func reportDrawsTheObservationsOfTheFolderOrOfObserved() throws {
        let folder = try CLICommandTests.folder([
            "s.yaml": CLICommandTests.scenario(name: "s"), "extract.csv": Self.extract,
            "bad.csv": "scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined\n"
                + "observed,U1,2026,epds,0.4,,,,0,0.9,5\nobserved,U1,2026,epds,0.6,,,,0,0.9,5\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = folder.appendingPathComponent("results")
        #expect(try CLIProcess.run(["run", folder.appendingPathComponent("s.yaml").path, "--out", results.path]).status == 0)
        let observe = try CLIProcess.run(["observe", folder.appendingPathComponent("extract.csv").path, "--out", results.path])
        #expect(observe.status == 0, "\(observe.stderr)")

        let report = try CLIProcess.run(["report", results.path, "--format", "md,html", "--name", "s"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: results.appendingPathComponent("s.md"), encoding: .utf8)
        #expect(markdown.contains("## Observerat mot prognos"))
        #expect(markdown.contains("| Första hembesök | 2026 | 0,6 | "), "\(markdown)")
        #expect(markdown.contains("| Första hembesök: År | P5 | P25 | Median | P75 | P95 | Mål | Observerat |"))
        let html = try String(contentsOf: results.appendingPathComponent("s.html"), encoding: .utf8)
        #expect(html.contains("<circle class=\"observed\""))

        let elsewhere = folder.appendingPathComponent("reports")
        let bad = try CLIProcess.run(["report", results.path, "--format", "md", "--out", elsewhere.path,
                                      "--observed", folder.appendingPathComponent("bad.csv").path])
        #expect(bad.status == 2)
        #expect(bad.stderr == "\(folder.path)/bad.csv:3: unit, year, indicator: U1 2026 epds is given twice, first on line 2 "
                + "(allowed: one row per unit, year and indicator)\n")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))

        let missing = try CLIProcess.run(["report", results.path, "--format", "md", "--observed", folder.path])
        #expect(missing.status == 2)
        #expect(missing.stderr == "\(folder.path)/observed.csv: cannot be read: no such file "
                + "(allowed: a folder holding observed.csv, as `bhvplan observe --out` writes it)\n")
    }
}

/// `batch` draws the scenario folder's observed.csv in every scenario's report, and refuses a
/// bad one before running anything.
@Suite struct CLIObservedBatchTests {
    @Test func batchReportsTheFoldersObservationsAndRefusesABadFileFirst() throws {
        let header = "scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined\n"
        let folder = try CLICommandTests.folder([
            "s.yaml": CLICommandTests.scenario(name: "s"), "observed.csv": header + "observed,U1,2026,first_home_visit,0.6,,,,0,0.9,5\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("Reports")
        let done = try CLIProcess.run(["batch", folder.path, "--out", reports.path, "--format", "md"])
        #expect(done.status == 0, "\(done.stderr)")
        let markdown = try String(contentsOf: reports.appendingPathComponent("s/s.md"), encoding: .utf8)
        #expect(markdown.contains("| Första hembesök | 2026 | 0,6 | "), "\(markdown)")

        try Data((header + "observed,U1,2026,first_home_visit,0.6,,,,yes,0.9,5\n").utf8)
            .write(to: folder.appendingPathComponent("observed.csv"))
        let again = folder.appendingPathComponent("Again")
        let bad = try CLIProcess.run(["batch", folder.path, "--out", again.path, "--format", "md"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "\(folder.path)/observed.csv:2: p_meet: 'yes' is not a finite number (allowed: a number)\n", "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: again.path))
    }
}
