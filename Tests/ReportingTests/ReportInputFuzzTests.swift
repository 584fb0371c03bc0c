import Foundation
import MonteCarlo
import ResultFormat
import TestSupport
import Testing
@testable import Reporting

/// Seeded random mutations of a result set, as `report` reads it: every case must either be
/// read and render (LaTeX, Markdown, HTML) or fail with a one-line problem naming the mutated
/// file; a trap anywhere would crash the test process. With the scenario fuzz test's 3,000
/// cases these make 5,000.
@Suite struct ReportInputFuzzTests {
    static let shards = 4
    static let casesPerShard = 500
    static let files = [("results.csv", Fixture.resultsCSV), ("fan.csv", Fixture.fanCSV), ("run.json", Fixture.runJSON),
                        ("comparison.csv", Fixture.comparisonCSV), ("staffing.csv", Fixture.staffingCSV)]

    @Test(arguments: 0..<shards) func mutatedResultFilesReadOrFailCleanly(shard: Int) throws {
        var random = SplitMix64(seed: 20261205 + UInt64(shard))
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var read = 0
        for number in 0..<Self.casesPerShard {
            var bytes = Self.files.map { Array($0.1.utf8) }
            let target = random.below(bytes.count)
            for _ in 0...random.below(3) { bytes[target] = Mutation.apply(to: bytes[target], using: &random) }
            for (file, content) in zip(Self.files, bytes) { try Data(content).write(to: directory.appendingPathComponent(file.0)) }
            let label = "shard \(shard) case \(number): \(Self.files[target].0)"
            do {
                let results = try ResultSet(directory: directory)
                read += 1
                let document = ReportDocumentBuilder(results: results, language: number % 2 == 0 ? .sv : .en).build()
                #expect(!LaTeXReport(document: document).render().isEmpty, "\(label)")
                #expect(!MarkdownReport(document: document).render().isEmpty, "\(label)")
                #expect(!HTMLReport(document: document).render().isEmpty, "\(label)")
            } catch {
                let text = error.description
                #expect(error.isInputProblem, "\(label): \(text)")
                #expect(!text.contains("\n") && !text.contains("\r"), "\(label): \(text)")
                #expect(text.hasPrefix(Self.files[target].0 + ":"), "\(label): \(text)")
            }
        }
        print("report fuzz shard \(shard): \(Self.casesPerShard) cases, \(read) read and rendered")
        #expect(read > 0, "shard \(shard): no mutated set was read, so rendering was never tried")
    }
}
