import Foundation
import Testing

/// `bhvplan serve` in a real browser: headless Chromium driven by Selenium (Tests/Browser/*.py)
/// through chromium-driver, as `.ci/run` installs them (Debian's chromium, chromium-driver and
/// python3-selenium). Skipped, with that reason, where they are not installed.
@Suite struct BrowserTests {
    static let python = "/usr/bin/python3"
    static let browserInstalled: Bool = {
        let files = ["/usr/bin/chromium", "/usr/bin/chromedriver", python]
        guard files.allSatisfy(FileManager.default.isExecutableFile(atPath:)) else { return false }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = ["-c", "import selenium"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }()

    /// The default region copied, so the test can write a changed staff list beside it.
    static func regionCopy(_ folder: URL) throws -> URL {
        let scenarios = folder.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        let bundled = CLIProcess.root.appendingPathComponent("Scenarios")
        try FileManager.default.copyItem(at: bundled.appendingPathComponent("default.yaml"), to: scenarios.appendingPathComponent("default.yaml"))
        try FileManager.default.copyItem(at: bundled.appendingPathComponent("regions"), to: scenarios.appendingPathComponent("regions"))
        return scenarios
    }

    struct Seen: Decodable {
        struct Cell: Decodable { var indicator: String; var year: Int; var value: String; var shown: String }
        var unit_title: String
        var fan_charts: Int
        var questions: Int
        var what_if_tables: Int
        var fraction_shown: String
        var what_if: [Cell]
        var bad_value_message: String
        var bad_value_field: String
        var bad_value_answers: Int
        var without_token: String
        var with_token_links: Int
    }

    /// A manager sets Araby's third nurse from 60% to 70% and at once to 80%: the page shows
    /// only the second answer, the probabilities `bhvplan run` gives for a scenario whose staff
    /// list says 0.80, with the same seed and trials.
    @Test(.enabled(if: browserInstalled, "needs chromium, chromium-driver and python3-selenium (Debian packages; .ci/run installs them)"))
    func aNurseFractionChangedInTheBrowserGivesTheProbabilitiesOfRun() throws {
        let folder = try CLIProcess.temporaryFolder()
        let scenarios = try Self.regionCopy(folder.appendingPathComponent("served"))
        let server = try ServeProcess(["--scenarios", scenarios.path, "--trials", "200", "--lang", "en"])
        defer { server.stop() }
        let guarded = try ServeProcess(["--scenarios", scenarios.path, "--trials", "50", "--host", "0.0.0.0"])
        defer { guarded.stop() }
        #expect(guarded.address.contains("?token="))

        let script = Process()
        script.executableURL = URL(fileURLWithPath: Self.python)
        script.arguments = [CLIProcess.root.appendingPathComponent("Tests/Browser/serve_whatif.py").path,
                            server.address, "VXJ-ARABY", "VXJ-ARABY-N3", "0.8",
                            guarded.address.replacingOccurrences(of: "0.0.0.0", with: "127.0.0.1")]
        let out = Pipe(), err = Pipe()
        script.standardOutput = out
        script.standardError = err
        try script.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        try #require(script.terminationStatus == 0, "the browser script failed: \(problems)")
        let seen = try JSONDecoder().decode(Seen.self, from: printed)

        // The same question on the command line: the staff list with 0.80, the same seed and trials.
        let changed = try Self.regionCopy(folder.appendingPathComponent("changed"))
        let staff = changed.appendingPathComponent("regions/kronoberg/staff.csv")
        let text = try String(contentsOf: staff, encoding: .utf8)
        try #require(text.contains("VXJ-ARABY-N3,VXJ-ARABY,nurse,0.60\n"))
        try text.replacingOccurrences(of: "VXJ-ARABY-N3,VXJ-ARABY,nurse,0.60\n", with: "VXJ-ARABY-N3,VXJ-ARABY,nurse,0.80\n")
            .write(to: staff, atomically: true, encoding: .utf8)
        let run = try CLIProcess.run(["run", changed.appendingPathComponent("default.yaml").path, "--trials", "200", "--format", "csv"])
        try #require(run.status == 0, "\(run.stderr)")
        var expected: [String: String] = [:]
        for line in run.stdout.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if columns[1] == "VXJ-ARABY", !columns[8].isEmpty { expected["\(columns[3]) \(columns[2])"] = columns[8] }
        }

        #expect(seen.unit_title == "BVC Araby (VXJ-ARABY)")
        #expect(seen.fan_charts == 2)  // newborns per nurse FTE and first home visit
        #expect(seen.questions >= 2 && seen.what_if_tables == 1 && seen.fraction_shown == "0.8")
        #expect(seen.what_if.count == expected.count && expected.count == 8 * 5)
        for cell in seen.what_if {
            #expect(cell.value == expected["\(cell.indicator) \(cell.year)"], "\(cell.indicator) \(cell.year)")
        }
        #expect(seen.bad_value_field == "staff[3].fraction")
        #expect(seen.bad_value_message == "'1.5' is out of range (allowed: 0 < x ≤ 1)")
        #expect(seen.bad_value_answers == 0)
        #expect(seen.without_token.hasPrefix("401: this server needs the token"))
        #expect(seen.with_token_links == 1)
    }
}
