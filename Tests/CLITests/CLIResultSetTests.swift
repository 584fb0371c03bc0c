import Foundation
import Testing

/// A result folder holds one complete set of each kind: a set is swapped in whole or not at all,
/// stale temporary files of killed runs go, and `report` refuses files of different runs.
@Suite(.serialized) struct CLIResultSetTests {
    static let quick = ["--trials", "20", "--workers", "1", "--format", "csv"]

    @Test func aSetThatCannotBeWrittenWholeLeavesTheOldSet() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--seed", "1", "--out", out.path] + Self.quick).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("results.csv"))
        // A folder where run.json should go: that file of the new set cannot be put in place.
        try FileManager.default.removeItem(at: out.appendingPathComponent("run.json"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("run.json/x"), withIntermediateDirectories: true)
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--seed", "2", "--out", out.path] + Self.quick)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(out.path) && outcome.stderr.contains("run.json"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("results.csv")) == before)
    }

    @Test func staleTemporaryFilesOfKilledRunsAreRemovedAndOtherFilesKept() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in [".results.csv.1B4E28BA-2FA1-11D2-883F-0016D3CCA427.tmp", ".dat.nosync1a2b.c3d4", "notes.txt"] {
            try Data("left\n".utf8).write(to: out.appendingPathComponent(name))
        }
        // A staging folder of a process that no longer runs (pid_max is at most 2²²).
        let stale = folder.appendingPathComponent(".out.staging-4194305")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--out", out.path] + Self.quick)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["fan.csv", "manifest.json", "notes.txt", "results.csv", "results.json", "run.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "left\n")
    }

    @Test func compareAndSizeKeepTheRunBesideThem() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--out", folder.path] + Self.quick).status == 0)
        #expect(try CLIProcess.run(["compare", "Scenarios/default.yaml", "Scenarios/staff-plus-25.yaml", "--trials", "20",
                                    "--workers", "1", "--out", folder.path]).status == 0)
        #expect(try CLIProcess.run(["size", "Scenarios/default.yaml", "--trials", "20", "--workers", "1", "--out", folder.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["comparison.csv", "comparison.json", "fan.csv", "manifest.json", "results.csv", "results.json", "run.json",
                    "staffing.csv", "staffing.json"])
        let report = try CLIProcess.run(["report", folder.path, "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
    }

    @Test func reportRefusesFilesOfDifferentRuns() throws {
        let first = try CLIProcess.temporaryFolder(), second = try CLIProcess.temporaryFolder()
        defer { for folder in [first, second] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--seed", "1", "--out", first.path] + Self.quick).status == 0)
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--seed", "2", "--out", second.path] + Self.quick).status == 0)
        for name in ["results.csv", "fan.csv"] {
            try FileManager.default.removeItem(at: first.appendingPathComponent(name))
            try FileManager.default.copyItem(at: second.appendingPathComponent(name), to: first.appendingPathComponent(name))
        }
        let outcome = try CLIProcess.run(["report", first.path, "--format", "md"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(first.path)/results.csv, \(first.path)/fan.csv: do not belong to the run recorded in manifest.json "
                + "(written by another run, or changed since); write the folder again with --out\n")
        #expect(!FileManager.default.fileExists(atPath: first.appendingPathComponent("report.md").path))
    }
}

/// Path options that would write somewhere unexpected are refused on the command line.
@Suite(.serialized) struct CLIPathOptionTests {
    @Test(arguments: [["run", "Scenarios/default.yaml"], ["compare", "Scenarios/default.yaml", "Scenarios/staff-plus-25.yaml"],
                      ["size", "Scenarios/default.yaml"], ["batch", "Scenarios"], ["report", "Reports"]])
    func anEmptyOutIsRefused(arguments: [String]) throws {
        let outcome = try CLIProcess.run(arguments + ["--out", ""])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--out must name a folder (got an empty path)"), "\(outcome.stderr)")
    }

    @Test(arguments: ["../../x", "a/b", "..", ""])
    func aReportNameWithAPathIsRefused(name: String) throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIProcess.run(["report", folder.path, "--format", "md", "--name", name])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--name must be a file name without '/' (got '\(name)')"), "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aNewDeepOutFolderIsCreatedOnlyWhenTheSetIsSwappedIn() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = folder.appendingPathComponent("a/b/c")
        let run = try CLIProcess(["run", "Scenarios/default.yaml", "--trials", "10000000", "--workers", "1", "--out", deep.path])
        Thread.sleep(forTimeInterval: 2)
        kill(run.process.processIdentifier, SIGINT)
        #expect(run.wait().status == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let done = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "20", "--workers", "1", "--out", deep.path])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(FileManager.default.fileExists(atPath: deep.appendingPathComponent("results.csv").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path) == ["c"])
    }
}

/// `report` on a results folder that is missing, empty or corrupt: exit status 2 and the problem
/// as FILE:LINE: field, like every other input; folders that cannot be written say why in words.
@Suite struct CLIReportInputTests {
    @Test func aMissingOrCorruptResultsFolderIsBadInput() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLIProcess.run(["report", folder.appendingPathComponent("none").path, "--format", "md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "\(folder.path)/none: no such folder (allowed: a results folder as `bhvplan run --out` writes it)\n")

        let out = folder.appendingPathComponent("out")
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "20", "--workers", "1", "--out", out.path]).status == 0)
        try FileManager.default.removeItem(at: out.appendingPathComponent("manifest.json"))
        try Data("{\"scenario\": ".utf8).write(to: out.appendingPathComponent("run.json"))
        let json = try CLIProcess.run(["report", out.path, "--format", "md"])
        #expect(json.status == 2)
        #expect(json.stderr == "\(out.path)/run.json: is not valid JSON (allowed: the JSON file `bhvplan` writes; write the folder again with --out)\n")

        var lines = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8).components(separatedBy: "\n")
        lines[67] = lines[67].split(separator: ",", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 4 ? "many" : String($0.element) }.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: out.appendingPathComponent("results.csv"), atomically: false, encoding: .utf8)
        let csv = try CLIProcess.run(["report", out.path, "--format", "md"])
        #expect(csv.status == 2)
        #expect(csv.stderr == "\(out.path)/results.csv:68: mean: 'many' is not a finite number (allowed: a number)\n")
    }

    @Test func aFolderThatCannotBeWrittenSaysWhyInWords() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("afile")
        try Data("x\n".utf8).write(to: file)
        let link = folder.appendingPathComponent("dangling")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.appendingPathComponent("gone").path)
        let loop = folder.appendingPathComponent("loop")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        for out in [file.appendingPathComponent("sub"), link, loop] {
            let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "20", "--out", out.path])
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix("bhvplan: \(out.path): cannot be written: "), "\(outcome.stderr)")
            #expect(!outcome.stderr.contains("NSCocoaErrorDomain") && !outcome.stderr.contains("Code="), "\(outcome.stderr)")
        }
        let report = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "20", "--out", folder.appendingPathComponent("r").path])
        #expect(report.status == 0)
        let outcome = try CLIProcess.run(["report", folder.appendingPathComponent("r").path, "--format", "md",
                                          "--out", file.appendingPathComponent("sub").path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "bhvplan: \(file.appendingPathComponent("sub").path): cannot be written: the folder cannot be created (\(file.path) is a file, not a folder)\n",
                "\(outcome.stderr)")
    }
}

/// A full disk, made with a tmpfs of 64 KiB (needs root and a kernel that lets this process mount).
@Suite(.serialized) struct CLIFullDiskTests {
    /// Mounts a tiny tmpfs, or nil with the reason it cannot be made here.
    private static func tinyDisk() throws -> (URL, String?) {
        let folder = try CLIProcess.temporaryFolder()
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]
        mount.standardError = FileHandle.nullDevice
        do { try mount.run() } catch { return (folder, "cannot run mount: \(error)") }
        mount.waitUntilExit()
        return (folder, mount.terminationStatus == 0 ? nil : "this machine does not let the tests mount a tmpfs")
    }

    private static func unmount(_ folder: URL) {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = [folder.path]
        try? umount.run()
        umount.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aFullDiskIsAPlainErrorAndLeavesTheOldSet() throws {
        let (disk, reason) = try Self.tinyDisk()
        defer { Self.unmount(disk) }
        if let reason {
            print("skipped: \(reason)")
            return
        }
        let out = disk.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("previous\n".utf8).write(to: out.appendingPathComponent("results.csv"))
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--trials", "20", "--workers", "1", "--quiet", "--out", out.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "bhvplan: \(out.path)/results.csv: cannot be written: no space left on device\n")
        #expect(try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["results.csv"])
    }
}
