import Foundation
import TestSupport
import Testing

/// `synthesize`, `calibrate` and `backtest` run as a user runs them, on a small made-up follow-up.
@Suite(.serialized) struct CLICalibrationTests {
    /// Two units, one with ample nurse hours (60 newborns on 1.8 FTE) and one short of them.
    static let scenario = ScenarioYAML.text(
        name: "small", horizon: 1, trials: 20,
        settings: "births:\n  trend_per_year: -0.05\nworkload:\n  epds:\n    acceptance: 0.8\n",
        units: [
            ScenarioYAML.Unit(id: "U1", name: "BVC Öster", cni: 1.0, newbornsPerYear: 60, staff: ScenarioYAML.oster.staff),
            ScenarioYAML.Unit(id: "U2", name: "BVC Väster", cni: 1.0, newbornsPerYear: 120, staff: [
                ScenarioYAML.person("N3", "nurse", 1.0), ScenarioYAML.person("D2", "doctor", 0.2),
            ]),
        ])

    /// A folder with the scenario and a follow-up synthesized from it over 2022–2025.
    static func followUp() throws -> (folder: URL, scenario: String, observed: String) {
        let folder = try CLIProcess.temporaryFolder()
        let scenario = folder.appendingPathComponent("small.yaml").path
        try Data(Self.scenario.utf8).write(to: URL(fileURLWithPath: scenario))
        let observed = folder.appendingPathComponent("observed").path
        let made = try CLIProcess.run(["synthesize", scenario, "--years", "2022-2025", "--seed", "9", "--out", observed])
        #expect(made.status == 0, "\(made.stderr)")
        return (folder, scenario, observed)
    }

    /// The follow-up folder (see ``followUp()``) with `backtest --years 2024-2025` written by one
    /// worker into its folder `backtest`, which `out` names.
    static func backtested() throws -> (folder: URL, scenario: String, observed: String, out: String) {
        let (folder, scenario, observed) = try followUp()
        let out = folder.appendingPathComponent("backtest").path
        let run = try CLIProcess.run(["backtest", scenario, "--observed", observed, "--years", "2024-2025", "--trials", "20",
                                      "--workers", "1", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, scenario, observed, out)
    }

    /// What synthesize writes, observe reads without an unmapped code; the README says it is made
    /// up and how to make it again, and the same seed makes the same files.
    @Test func synthesizedFollowUpIsReadByObserveAndReproducible() throws {
        let (folder, scenario, observed) = try Self.followUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let read = try CLIProcess.run(["observe", observed + "/registrations.csv", "--connections", observed + "/connections.csv",
                                       "--staffing", observed + "/staffing-report.csv"])
        #expect(read.status == 0)
        #expect(read.stderr == "", "no unmapped code, every child placed")
        #expect(read.stdout.split(separator: "\n").contains { $0.hasPrefix("U2 ") && $0.contains(" 2025 ") })
        let readme = try String(contentsOfFile: observed + "/README.md", encoding: .utf8)
        #expect(readme.contains("**Made up, not real data.**"))
        #expect(readme.contains("bhvplan synthesize \(scenario) --years 2022-2025 --seed 9 --out \(observed)"))
        #expect(readme.contains("| `workload.epds.acceptance` | 0.8 | 0.96 (differs) |"))
        let again = folder.appendingPathComponent("again").path
        #expect(try CLIProcess.run(["synthesize", scenario, "--years", "2022-2025", "--seed", "9", "--out", again]).status == 0)
        for file in ["registrations.csv", "connections.csv", "staffing-report.csv"] {
            #expect(FileManager.default.contentsEqual(atPath: observed + "/" + file, andPath: again + "/" + file), "\(file)")
        }
    }

    /// calibrate prints each fit with SE and method, writes a scenario whose fitted values carry
    /// their comment, and that scenario validates; a missing folder is refused with status 2.
    @Test func calibrateWritesAScenarioThatValidates() throws {
        let (folder, scenario, observed) = try Self.followUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("fitted/small-calibrated.yaml").path
        let fitted = try CLIProcess.run(["calibrate", scenario, "--observed", observed, "--out", out])
        #expect(fitted.status == 0, "\(fitted.stderr)")
        #expect(fitted.stdout.contains("births.trend_per_year"))
        #expect(fitted.stdout.contains("Poisson regression of newborns on year"))
        #expect(fitted.stdout.contains("not fitted: staffing.sick_leave_mean"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("name: small-calibrated"))
        #expect(text.components(separatedBy: "# fitted: ").count - 1 == 7, "trend, CV and five acceptances")
        #expect(try CLIProcess.run(["validate", out]).status == 0)

        let missing = try CLIProcess.run(["calibrate", scenario, "--observed", folder.appendingPathComponent("nowhere").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere/registrations.csv"))
    }

    /// backtest writes backtest.csv with one row per year and indicator and the pooled rows; a
    /// year without two observed years before it is refused with status 2 and the years allowed.
    @Test func backtestWritesItsTableAndRefusesYearsWithoutHistory() throws {
        let (folder, scenario, observed, out) = try Self.backtested()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = try String(contentsOfFile: out + "/backtest.csv", encoding: .utf8).split(separator: "\n")
        let header = "scenario,year,indicator,observations,inside_p05_p95,mean_absolute_error,pct_0_10,pct_10_20,pct_20_30,"
            + "pct_30_40,pct_40_50,pct_50_60,pct_60_70,pct_70_80,pct_80_90,pct_90_100"
        #expect(rows.first.map(String.init) == header)
        // 2 years × (9 indicators + all), 9 indicators over all years, and everything.
        #expect(rows.count == 1 + 2 * 10 + 9 + 1)
        #expect(rows.last?.hasPrefix("small,all,all,36,") == true)
        let two = try CLIProcess.run(["backtest", scenario, "--observed", observed, "--years", "2024-2025", "--trials", "20",
                                      "--workers", "2", "--out", out + "2"])
        #expect(two.status == 0)
        #expect(FileManager.default.contentsEqual(atPath: out + "/backtest.csv", andPath: out + "2/backtest.csv"))

        let early = try CLIProcess.run(["backtest", scenario, "--observed", observed, "--years", "2023-2025"])
        #expect(early.status == 2)
        #expect(early.stderr == "bhvplan: --years 2023-2025: the follow-up has 2022–2025, so the years with two observed years "
                + "before them are 2024-2025 (allowed: a period inside those)\n")
    }

    /// What backtest --out writes, report turns into a PDF of the backtest page: its table and
    /// the share inside P5–P95 over everything, as backtest.csv has it.
    @Test(.enabled(if: ExternalTool.onPath("latexmk", "pdftotext"), "needs latexmk and pdftotext on PATH"))
    func backtestFolderIsReportedAsAPDF() throws {
        let (folder, _, observed, out) = try Self.backtested()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try CLIProcess.run(["report", out, "--format", "pdf", "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout == "\(out)/report.tex\n\(out)/report.pdf\n")
        let everything = try #require(try String(contentsOfFile: out + "/backtest.csv", encoding: .utf8)
            .split(separator: "\n").last?.split(separator: ",", omittingEmptySubsequences: false))
        let inside = try #require(Double(everything[4]))
        let text = try ExternalTool.output(of: "pdftotext", ["-enc", "UTF-8", out + "/report.pdf", "-"])
        #expect(text.contains("Backtest: the projections against what was registered"))
        #expect(text.contains("Over all years, \(Int((inside * 36).rounded())) of 36 observations (\(Int((inside * 100).rounded()))%)"))
        for cell in ["Scenario: small", "All years", "All indicators", "even spread, 3.6 per bar"] {
            #expect(text.contains(cell), "\(cell)")
        }
        let observedToo = try CLIProcess.run(["report", out, "--format", "md", "--observed", observed])
        #expect(observedToo.status == 2)
        #expect(observedToo.stderr == "bhvplan: --observed \(observed): \(out) holds a backtest only, no projection to draw the "
                + "observations beside (allowed: --observed with a folder of `bhvplan run --out`)\n")
    }

    /// The small region with an extended programme at the unit above CNI 1.5, its rates far from
    /// the defaults.
    static let programmeScenario = scenario.replacingOccurrences(of: "start_year: 2026\nhorizon: 1", with: "start_year: 2022\nhorizon: 4")
        .replacingOccurrences(of: "      cni: 1.0\n      newborns_per_year: 60", with: "      cni: 2.0\n      newborns_per_year: 60")
        + """
        interventions:
          - name: Extended home visits
            type: extended_home_visits
            cni_above: 1.5
            start: 2022-01
            offer_rate: 0.7
            accept_rate: 0.8
            drop_out_per_visit: 0.1

        """

    /// synthesize writes the programme's registrations (read without an unmapped code) and lists
    /// its rates beside the defaults; calibrate prints and writes their fits into the intervention.
    @Test func calibrateFitsTheExtendedProgramme() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("programme.yaml").path
        try Data(Self.programmeScenario.utf8).write(to: URL(fileURLWithPath: scenario))
        let observed = folder.appendingPathComponent("observed").path
        let made = try CLIProcess.run(["synthesize", scenario, "--years", "2022-2025", "--seed", "9", "--out", observed])
        #expect(made.status == 0, "\(made.stderr)")
        let readme = try String(contentsOfFile: observed + "/README.md", encoding: .utf8)
        #expect(readme.contains("| `interventions[0].drop_out_per_visit` | 0.1 | 0.03 (differs) |"))
        let registrations = try String(contentsOfFile: observed + "/registrations.csv", encoding: .utf8)
        for code in ["ux273", "ux278", "ux284", "ux293", "ux294"] { #expect(registrations.contains(",\(code),"), "\(code)") }
        let read = try CLIProcess.run(["observe", observed + "/registrations.csv", "--connections", observed + "/connections.csv"])
        #expect(read.status == 0 && read.stderr == "", "\(read.stderr)")

        let out = folder.appendingPathComponent("programme-calibrated.yaml").path
        let fitted = try CLIProcess.run(["calibrate", scenario, "--observed", observed, "--out", out])
        #expect(fitted.status == 0, "\(fitted.stderr)")
        for field in ["offer_rate", "accept_rate", "drop_out_per_visit"] {
            #expect(fitted.stdout.contains("interventions[0].\(field) "), "\(field)")
        }
        #expect(fitted.stdout.contains("binomial share: families that left (UX294) of the chances to leave"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let item = try #require(text.components(separatedBy: "  - name: Extended home visits\n").last)
        #expect(item.components(separatedBy: "# fitted: ").count - 1 == 3)
        #expect(try CLIProcess.run(["validate", out]).status == 0)
    }
}
