import Foundation
import Testing

/// `run --shard`, `compare --shard` and `merge`: the parts of any split, merged in any order,
/// give the single run's result set byte for byte, and parts that do not make one whole run are
/// refused with exit status 2 and the files named.
@Suite struct CLIShardTests {
    /// A scenario of one unit over two years: fast enough for many shards. 2,400 trials are 12
    /// blocks and outlast the 2,000-trial pilot, so the quantiles come from bounded sketches.
    static let trials = "2400"

    static func scenarioFolder() throws -> URL {
        try CLICommandTests.folder(["base.yaml": CLICommandTests.scenario(name: "base"),
                                    "more.yaml": CLICommandTests.scenario(name: "more", extraNurse: true)])
    }

    /// Runs `arguments` and expects exit status 0.
    @discardableResult
    static func succeed(_ arguments: [String]) throws -> CLIProcess.Outcome {
        let outcome = try CLIProcess.run(arguments)
        #expect(outcome.status == 0, "\(arguments.joined(separator: " ")): \(outcome.stderr)")
        return outcome
    }

    /// The files of a result folder, by name.
    static func files(_ folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    /// Writes the parts of `command` split into `shards`, returns their paths.
    static func parts(_ command: [String], shards: Int, in folder: URL, name: String = "shard") throws -> [String] {
        try (0..<shards).map { index in
            let part = folder.appendingPathComponent("\(name)-\(index).part").path
            let outcome = try succeed(command + ["--shard", "\(index + 1)/\(shards)", "--out", part, "--quiet"])
            #expect(outcome.stdout.hasPrefix("shard \(index + 1)/\(shards): blocks "))
            return part
        }
    }

    @Test(arguments: [1, 2, 3, 7])
    func mergedShardsInAnyOrderEqualTheSingleRun(shards: Int) throws {
        let folder = try Self.scenarioFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = ["run", folder.appendingPathComponent("base.yaml").path, "--trials", Self.trials, "--seed", "11"]
        let single = try Self.succeed(run + ["--out", folder.appendingPathComponent("single").path, "--format", "csv", "--quiet"])
        let parts = try Self.parts(run + ["--workers", "\(shards % 2 + 1)"], shards: shards, in: folder)
        let merged = try Self.succeed(["merge"] + parts.shuffled() + ["--out", folder.appendingPathComponent("merged").path, "--format", "csv"])
        #expect(merged.stdout == single.stdout)
        let expected = try Self.files(folder.appendingPathComponent("single"))
        #expect(expected.keys.sorted() == ["fan.csv", "manifest.json", "results.csv", "results.json", "run.json"])
        #expect(try Self.files(folder.appendingPathComponent("merged")) == expected)
    }

    @Test func comparisonShardsMergeToTheComparison() throws {
        let folder = try Self.scenarioFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compare = ["compare", folder.appendingPathComponent("base.yaml").path, folder.appendingPathComponent("more.yaml").path,
                       "--trials", "600", "--seed", "5"]
        let single = try Self.succeed(compare + ["--out", folder.appendingPathComponent("single").path, "--quiet"])
        let parts = try Self.parts(compare, shards: 3, in: folder)
        let merged = try Self.succeed(["merge", parts[2], parts[0], parts[1], "--out", folder.appendingPathComponent("merged").path])
        #expect(merged.stdout == single.stdout)
        let expected = try Self.files(folder.appendingPathComponent("single"))
        #expect(expected.keys.sorted() == ["comparison.csv", "comparison.json", "manifest.json"])
        #expect(try Self.files(folder.appendingPathComponent("merged")) == expected)
    }

    /// The header of a part, as JSON.
    static func header(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let length = Int(data[17]) | Int(data[18]) << 8 | Int(data[19]) << 16 | Int(data[20]) << 24
        return try JSONSerialization.jsonObject(with: data[21..<(21 + length)]) as! [String: Any]
    }

    /// Runs `merge` of `parts` and expects exit status 2 with `message`, and no result folder.
    static func refused(_ parts: [String], in folder: URL, _ message: String) throws {
        let out = folder.appendingPathComponent("merged")
        let outcome = try CLIProcess.run(["merge"] + parts + ["--out", out.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func missingRepeatedAndForeignPartsAreRefused() throws {
        let folder = try Self.scenarioFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("base.yaml").path
        let parts = try Self.parts(["run", base, "--trials", "800"], shards: 4, in: folder)
        try Self.refused([parts[0], parts[3]], in: folder,
                         "bhvplan: missing shards 2/4, 3/4: merge needs every shard of the run")
        try Self.refused([parts[1], parts[0], parts[2], parts[3], parts[1]], in: folder,
                         "bhvplan: shard 2/4 is given twice: \(parts[1]) and \(parts[1])")
        let foreign = try Self.parts(["run", folder.appendingPathComponent("more.yaml").path, "--trials", "800"], shards: 4,
                                     in: folder, name: "more")
        let (mine, theirs) = (try Self.header(parts[0]), try Self.header(foreign[1]))
        try Self.refused([parts[0], foreign[1], parts[2], parts[3]], in: folder,
                         "bhvplan: \(foreign[1]) is a part of another scenario than \(parts[0]) "
                         + "(\(folder.appendingPathComponent("more.yaml").path) with hash \(theirs["scenarioHash"] as! String), "
                         + "not \(base) with hash \(mine["scenarioHash"] as! String)): merge the parts of one run")
        let reseeded = try Self.parts(["run", base, "--trials", "800", "--seed", "99"], shards: 4, in: folder, name: "reseeded")
        try Self.refused([parts[0], parts[1], reseeded[2], parts[3]], in: folder,
                         "bhvplan: \(reseeded[2]) ran seed 99 with 800 trials, \(parts[0]) seed 4 with 800 trials: merge the parts of one run")
        // The scenario edited after the shards ran.
        try Data((CLICommandTests.scenario(name: "base") + "description: edited\n").utf8).write(to: URL(fileURLWithPath: base))
        let now = try Self.header(try Self.parts(["run", base, "--trials", "800"], shards: 1, in: folder, name: "edited")[0])
        try Self.refused(parts, in: folder,
                         "bhvplan: \(base) changed since the shards ran (hash now \(now["scenarioHash"] as! String), "
                         + "the parts say \(mine["scenarioHash"] as! String)): run the shards again")
    }

    @Test func damagedPartsAreRefusedNamingTheFile() throws {
        let folder = try Self.scenarioFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try Self.parts(["run", folder.appendingPathComponent("base.yaml").path, "--trials", "400"], shards: 2, in: folder)
        let whole = try Data(contentsOf: URL(fileURLWithPath: parts[1]))
        let damaged = folder.appendingPathComponent("damaged.part").path
        func refusedAfterWriting(_ data: Data, _ problem: String) throws {
            try data.write(to: URL(fileURLWithPath: damaged))
            try Self.refused([parts[0], damaged], in: folder, "bhvplan: \(damaged): \(problem)")
        }
        try refusedAfterWriting(whole.prefix(whole.count - 100),
                                "truncated: \(whole.count - 100) bytes, shorter than its header says; run the shard again")
        var flipped = whole
        flipped[whole.count - 40] ^= 1
        try refusedAfterWriting(flipped, "corrupt: its checksum does not match its content; run the shard again")
        var newer = whole
        newer[13] = 2
        try refusedAfterWriting(newer, "partial aggregate format version 2; this bhvplan (1.0.0) reads version 1")
        try refusedAfterWriting(Data("name,value\n".utf8),
                                "not a partial aggregate (it does not start with BHVPLAN-PART; write parts with run --shard)")
    }

    @Test func shardOptionsAreChecked() throws {
        let folder = try Self.scenarioFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("base.yaml").path
        let part = folder.appendingPathComponent("p.part").path
        let cases: [([String], String)] = [
            (["run", base, "--shard", "1/2", "--out", part, "--precision", "0.01"],
             "--shard and --precision exclude each other: a run to a precision chooses its trials as it goes, so its blocks cannot be dealt out in advance"),
            (["run", base, "--shard", "3/2", "--out", part], "--shard must be i/N with 1 ≤ i ≤ N ≤ 100000, e.g. 1/4 for the first of 4 (got '3/2')"),
            (["run", base, "--shard", "1/2"], "--shard writes a partial aggregate: give --out PART (a file) as well"),
            (["run", base, "--shard", "1/2", "--out", part, "--format", "csv"],
             "--shard writes a partial aggregate, not results: give --format to bhvplan merge"),
        ]
        for (arguments, message) in cases {
            let outcome = try CLIProcess.run(arguments)
            #expect(outcome.status == 64, "\(arguments)")
            #expect(outcome.stderr.hasPrefix("Error: \(message)\n"), "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: part))
        }
    }
}
