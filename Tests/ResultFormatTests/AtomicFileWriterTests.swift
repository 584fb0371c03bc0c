import Foundation
import Testing
@testable import ResultFormat

@Suite struct AtomicFileWriterTests {
    struct Interrupted: Error {}

    @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("report.md")
        try AtomicFileWriter.write("old", to: file)
        try AtomicFileWriter.write("new", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.md"])
    }

    /// The new content goes to a new file renamed over the name, never into the old file: a
    /// hard link to the old file (another reader's view of it) keeps the old bytes.
    @Test func aHardLinkToTheOldFileKeepsTheOldBytes() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("results.csv")
        let link = directory.appendingPathComponent("reader-view.csv")
        try AtomicFileWriter.write("old bytes", to: file)
        try FileManager.default.linkItem(at: file, to: link)
        try AtomicFileWriter.write("new bytes", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new bytes")
        #expect(try String(contentsOf: link, encoding: .utf8) == "old bytes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["reader-view.csv", "results.csv"])
    }

    @Test func aFailedWriteLeavesTheOldFileIntact() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("report.html")
        try AtomicFileWriter.write("old report", to: file)
        #expect(throws: Interrupted.self) {
            try AtomicFileWriter.write(to: file) { handle in
                try handle.write(contentsOf: Data("half a new rep".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "old report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
    }

    @Test func aMissingFolderIsAnErrorNamingTheFile() throws {
        let file = try temporaryDirectory().appendingPathComponent("no/such/folder/report.tex")
        let error = try #require(throws: ResultFormatError.self) { try AtomicFileWriter.write("x", to: file) }
        #expect(error.description.contains("report.tex: cannot be written"))
    }

    /// A set whose later file cannot be written leaves every file of the set as it was: the
    /// earlier ones are staged, not yet renamed, when the later one fails.
    @Test func aSetThatFailsPartWayLeavesEveryOldFile() throws {
        let directory = try temporaryDirectory()
        let first = directory.appendingPathComponent("results.csv")
        try ResultSetWriter.write([("results.csv", "old\n")], as: .run, into: directory)
        #expect(throws: ResultFormatError.self) {
            try ResultSetWriter.write([("results.csv", "new\n"), ("no-such-folder/run.json", "{}\n")], as: .run, into: directory)
        }
        #expect(try String(contentsOf: first, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["manifest.json", "results.csv"])
    }

    private func temporaryDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
