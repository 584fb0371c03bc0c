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
    /// Where some misses no single driver explains, the sentence states the FTE `bhvplan size`
    /// advises for the unit with the same seed, trials and confidence, for the targets of those
    /// rows; a target whose misses the drivers explain gets no such clause.
    @Test func theFTENeededIsWhatSizeAdvises() throws {
        let folder = try CLICommandTests.folder(["s.yaml": Self.scenario])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.yaml").path
        let out = folder.appendingPathComponent("out")
        let analysed = try CLIProcess.run(["sensitivity", path, "--unit", "U1", "--quiet", "--out", out.path])
        #expect(analysed.status == 0, "\(analysed.stderr)")
        let rows = try CLICommandTests.lines(out.appendingPathComponent("attribution.csv")).map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows[0].suffix(3) == ["unexplained", "fte_needed", "unmet_with_persons"])
        let sized = rows.dropFirst().filter { $0[14] != "" }
        #expect(sized.map { String($0[3]) } == ["newborns_per_nurse_fte", "eight_month_home_visit", "parent_group", "epds", "partner_talk"])
        #expect(sized.allSatisfy { $0[14] == "0.4" && $0[15] == "" })
        let size = try CLIProcess.run(["size", path, "--unit", "U1", "--year", "2026", "--confidence", "0.8", "--quiet",
                                       "--targets", sized.map { String($0[3]) }.joined(separator: ",")])
        #expect(size.status == 0 && size.stdout.contains("Advice: +0.4 FTE against now."), "\(size.stdout)")
        #expect(analysed.stdout.contains("  U1 2026, parent group missed in 57% of trials; vacancies explain 43%, long leave 26%, "
            + "births above expectation 17%, sick leave above its mean 17%, the summer vacation peak 17%; in 35% no single driver "
            + "explains it: the unit falls short whatever happens, and +0.4 FTE (from bhvplan size) is needed.\n"))
        #expect(analysed.stdout.contains("  U1 2026, first home visit missed in 35% of trials; vacancies explain 86%, long leave 43%, "
            + "sick leave above its mean 21%, births above expectation 7%.\n"))
        let swedish = try CLIProcess.run(["sensitivity", path, "--unit", "U1", "--quiet", "--lang", "sv"])
        #expect(swedish.stdout.contains("i 35\u{00A0}% förklarar ingen enskild orsak missen: enheten räcker inte till vad som än händer, "
            + "och +0,4 heltidstjänst (från bhvplan size) behövs.\n"), "\(swedish.stdout)")
    }
}
