import Foundation
import MonteCarlo
import Testing
import TestSupport
@testable import ChildHealth

/// Seeded random mutations of the bundled scenario and its CSV exports. Every case must either
/// load (and a sample must then run) or fail with problems that each fit the documented format;
/// a trap anywhere would crash the test process and fail the run.
@Suite struct FuzzTests {
    static let shards = 4
    static let casesPerShard = 750
    static let bundled: [(path: String, text: String)] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return ["default.yaml", "regions/kronoberg/units.csv", "regions/kronoberg/staff.csv", "regions/kronoberg/births.csv"].map {
            ($0, (try? String(contentsOf: root.appendingPathComponent("Scenarios").appendingPathComponent($0), encoding: .utf8)) ?? "")
        }
    }()

    @Test func bundledFilesAreThere() {
        #expect(Self.bundled.allSatisfy { !$0.text.isEmpty })
    }

    @Test(arguments: 0..<shards) func mutatedInputsLoadOrFailCleanly(shard: Int) throws {
        var random = SplitMix64(seed: 20261125 + UInt64(shard))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var loaded = 0, ran = 0
        for number in 0..<Self.casesPerShard {
            var files = Self.bundled.map { (path: $0.path, bytes: Array($0.text.utf8)) }
            let target = random.below(3) == 0 ? 0 : random.below(files.count)
            for _ in 0...random.below(3) { files[target].bytes = Mutation.apply(to: files[target].bytes, using: &random) }
            try write(files, to: folder)
            let label = "shard \(shard) case \(number): \(files[target].path)"
            do {
                let scenario = try ScenarioLoader.load(path: folder.appendingPathComponent("default.yaml").path)
                loaded += 1
                _ = RunMemory.estimate(scenario, workers: 2)
                if loaded % 4 == 1 {
                    var quick = scenario
                    quick.trials = 2
                    #expect(Planner.run(quick, workers: 1) != nil, "\(label)")
                    ran += 1
                }
            } catch {
                #expect(!error.problems.isEmpty, "\(label)")
                for problem in error.problems { checkFormat(problem, files: files, folder: folder, label: label) }
            }
        }
        print("fuzz shard \(shard): \(Self.casesPerShard) cases, \(loaded) loaded, \(ran) ran")
        // Most mutations leave a loadable scenario (a changed comment, a duplicated staff line):
        // some of them must have loaded and run, or the loop tested nothing but the reader.
        #expect(loaded > 0 && ran > 0, "shard \(shard): \(loaded) loaded, \(ran) ran")
        #expect(ran == (loaded + 3) / 4, "every fourth loaded case runs")
    }

    /// A value out of its allowed range, put in place of one valid value of the bundled files,
    /// is refused with a problem naming that file (and, in a CSV, the line), never loaded.
    @Test(arguments: [
        ("default.yaml", "horizon: 5", "horizon: 0", nil),
        ("default.yaml", "trials: 2000", "trials: -1", nil),
        ("default.yaml", "first_home_visit: 0.90", "first_home_visit: 1.5", nil),
        ("regions/kronoberg/units.csv", "VXJ-ARABY,BVC Araby,Växjö,2.18,", "VXJ-ARABY,BVC Araby,Växjö,-2.18,", 2),
        ("regions/kronoberg/units.csv", "142,0.37", "142,1.37", 2),
        ("regions/kronoberg/staff.csv", "VXJ-ARABY-N1,VXJ-ARABY,nurse,1.00", "VXJ-ARABY-N1,VXJ-ARABY,nurse,1.50", 2),
        ("regions/kronoberg/births.csv", "VXJ-ARABY,2019,170", "VXJ-ARABY,2019,-170", 2),
    ] as [(String, String, String, Int?)])
    func outOfRangeValuesAreRefused(path: String, valid: String, outOfRange: String, line: Int?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = Self.bundled.map { file in
            let text = file.path == path ? file.text.replacingOccurrences(of: valid, with: outOfRange) : file.text
            return (path: file.path, bytes: Array(text.utf8))
        }
        let mutated = try #require(files.first { $0.path == path })
        #expect(String(decoding: mutated.bytes, as: UTF8.self).contains(outOfRange), "the value was replaced")
        try write(files, to: folder)
        let error = try #require(throws: InputProblems.self) {
            try ScenarioLoader.load(path: folder.appendingPathComponent("default.yaml").path)
        }
        let named = error.problems.filter { $0.file == folder.appendingPathComponent(path).path && (line == nil || $0.line == line) }
        #expect(!named.isEmpty, "\(error.problems.map(\.description))")
        for problem in error.problems { checkFormat(problem, files: files, folder: folder, label: outOfRange) }
    }

    /// Inputs no mutation is likely to reach: deep nesting, long lines, control bytes, aliases.
    @Test(arguments: [
        "name: x\nregion: " + String(repeating: "[", count: 100_000),
        "name: x\nregion: " + String(repeating: "{a: ", count: 50_000),
        "name: " + String(repeating: "x", count: 1_000_000),
        "name: x\u{0}\nhorizon: 2\n",
        "\u{FEFF}name: x\r\nhorizon: 2\r\n",
        "a: &a [1, 2]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nregion: {units: [*c, *c, *c]}\n",
        "? [complex, key]\n: 1\n",
        "---\nname: a\n---\nname: b\n",
        "name: x\nregion: {units: [{id: A, name: A, municipality: M, cni: 1, newborns_per_year: 0, staff: [{id: N, role: nurse, fraction: 1}]}]}\nhorizon: 50\ntrials: 2\n",
        "name: x\nregion: {units: [{id: A, name: A, municipality: M, cni: 100, newborns_per_year: 100000, moves_in_per_year: 100000, staff: [{id: N, role: nurse, fraction: 0.01}]}]}\nhorizon: 50\ntrials: 2\nbirths: {randomness: none, trend_per_year: 0.05}\n",
    ]) func hostileScenariosLoadOrFailCleanly(yaml: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [(path: "default.yaml", bytes: Array(yaml.utf8))]
        try write(files, to: folder)
        do {
            let scenario = try ScenarioLoader.load(path: folder.appendingPathComponent("default.yaml").path)
            #expect(Planner.run(scenario, workers: 2) != nil)
        } catch {
            #expect(!error.problems.isEmpty)
            for problem in error.problems { checkFormat(problem, files: files, folder: folder, label: String(yaml.prefix(40))) }
        }
    }

    private func write(_ files: [(path: String, bytes: [UInt8])], to folder: URL) throws {
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    /// `FILE[:LINE]: [field: ]what is wrong (allowed: …)` on one line, naming one of the files at
    /// a line it has.
    private func checkFormat(_ problem: InputProblem, files: [(path: String, bytes: [UInt8])], folder: URL, label: String) {
        let text = problem.description
        #expect(!text.contains("\n") && !text.contains("\r"), "\(label): \(text)")
        #expect(problem.message.contains("(allowed: ") && problem.message.hasSuffix(")"), "\(label): \(text)")
        let file = files.first { folder.appendingPathComponent($0.path).path == problem.file }
        // A mutated CSV path names a file that is not there: the problem is about that file.
        #expect(file != nil || problem.line == nil && problem.field.isEmpty, "\(label): \(text)")
        if let file, let line = problem.line {
            // Lines end at LF, CR LF or a lone CR, as the CSV reader reads them.
            let lines = 1 + zip(file.bytes, [0] + file.bytes).filter { byte, previous in
                byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")
            }.count
            #expect((1...lines).contains(line), "\(label): \(text)")
        }
    }
}
