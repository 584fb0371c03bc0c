import Foundation
import Testing

/// The bundled scenarios' result files, byte for byte as recorded in `Goldens/`. A change that
/// moves a number of a bundled scenario must change these files in the same commit, and its
/// message must say which numbers moved and why.
///
/// To record them anew after such a change: `swift build && Tests/CLITests/Goldens/record`.
@Suite(.serialized) struct GoldenOutputTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static let fixed = ["--trials", "200", "--seed", "7"]

    @Test(arguments: ["default", "staff-plus-25", "extended-home-visits", "falling-births"])
    func runMatchesTheGolden(scenario: String) throws {
        try expectGolden(["run", "Scenarios/\(scenario).yaml"] + Self.fixed, folder: scenario,
                         files: ["results.csv", "results.json", "fan.csv", "run.json"])
    }

    @Test func compareMatchesTheGolden() throws {
        try expectGolden(["compare", "Scenarios/default.yaml", "Scenarios/staff-plus-25.yaml"] + Self.fixed,
                         folder: "compare-default-staff-plus-25", files: ["comparison.csv", "comparison.json"])
    }

    @Test func sizeMatchesTheGolden() throws {
        try expectGolden(["size", "Scenarios/default.yaml"] + Self.fixed,
                         folder: "size-default", files: ["staffing.csv", "staffing.json"])
    }

    /// Runs `arguments` with `--out` a fresh folder and compares each of `files` with the golden.
    private func expectGolden(_ arguments: [String], folder: String, files: [String]) throws {
        let out = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try CLIProcess.run(arguments + ["--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for file in files {
            let expected = try Data(contentsOf: Self.goldens.appendingPathComponent(folder).appendingPathComponent(file))
            let actual = try Data(contentsOf: out.appendingPathComponent(file))
            // A Bool, not the two Data: on failure the test library would diff 300 KB byte by byte.
            let identical = actual == expected
            #expect(identical, "\(folder)/\(file) differs from the golden: \(firstDifference(expected, actual))")
        }
    }

    /// The first line where the two files differ, to say what moved.
    private func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, pair) in zip(old, new).enumerated() where pair.0 != pair.1 {
            return "line \(number + 1): golden '\(pair.0.prefix(200))', now '\(pair.1.prefix(200))'"
        }
        return "golden has \(old.count) lines, now \(new.count)"
    }
}
