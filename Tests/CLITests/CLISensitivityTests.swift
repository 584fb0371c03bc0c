import Foundation
import Testing

/// `bhvplan sensitivity` run as a user runs it: the tornado and sentences on stdout, the files in
/// `--out`, JSON for tools, and refusals with exit status 2 that leave the folder alone.
@Suite(.serialized) struct CLISensitivityTests {
    static let scenario = CLICommandTests.scenario(name: "one")

    @Test func printsWritesAndRefuses() throws {
        let folder = try CLICommandTests.folder(["s.yaml": Self.scenario])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.yaml").path
        let out = folder.appendingPathComponent("out")
        let done = try CLIProcess.run(["sensitivity", path, "--unit", "U1", "--workers", "2", "--quiet", "--out", out.path])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.hasPrefix("Sensitivity of first_home_visit at U1 in 2026 (one): P(meet) "))
        #expect(done.stdout.contains("staffing.sick_leave_mean") && done.stdout.contains("source: regions 2019–2021: 5.7–7.1%"))
        let header = try CLICommandTests.lines(out.appendingPathComponent("sensitivity.csv")).first.map(String.init)
        #expect(header == "scenario,unit,year,indicator,assumption,range_origin,value,low,high,base_mean,low_mean,high_mean,"
            + "base_p_meet,low_p_meet,high_p_meet,swing")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("attribution.json").path))

        let json = try CLIProcess.run(["sensitivity", path, "--unit", "U1", "--workers", "1", "--quiet", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["sensitivity"] as? [Any])?.count == 24 && object?["attribution"] is [Any])

        let before = try String(contentsOf: out.appendingPathComponent("sensitivity.csv"), encoding: .utf8)
        let badUnit = try CLIProcess.run(["sensitivity", path, "--unit", "U2", "--quiet", "--out", out.path])
        #expect(badUnit.status == 2 && badUnit.stderr == "bhvplan: --unit: 'U2' is not a unit of one (did you mean U1?); allowed: REGION or U1\n")
        let badRange = Self.scenario + "sensitivity:\n  staffing.turnover_per_year: [0.2, 0.1]\n"
        try Data(badRange.utf8).write(to: folder.appendingPathComponent("bad.yaml"))
        let refused = try CLIProcess.run(["sensitivity", folder.appendingPathComponent("bad.yaml").path, "--quiet", "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.yaml:18: sensitivity.staffing.turnover_per_year: low 0.2 is above high 0.1 (allowed: [low, high] with low ≤ high)"),
                "\(refused.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("sensitivity.csv"), encoding: .utf8) == before)
    }
}
