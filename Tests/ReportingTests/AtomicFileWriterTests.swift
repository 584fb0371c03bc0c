import Foundation
import Testing
@testable import Reporting

@Suite struct AtomicFileWriterTests {
    struct Interrupted: Error {}

    @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
        let directory = try Fixture.temporaryDirectory()
        let file = directory.appendingPathComponent("report.md")
        try AtomicFileWriter.write("old", to: file)
        try AtomicFileWriter.write("new", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.md"])
    }

    @Test func aFailedWriteLeavesTheOldFileIntact() throws {
        let directory = try Fixture.temporaryDirectory()
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
        let file = try Fixture.temporaryDirectory().appendingPathComponent("no/such/folder/report.tex")
        let error = try #require(throws: ReportingError.self) { try AtomicFileWriter.write("x", to: file) }
        #expect(error.description.contains("report.tex: cannot be written"))
    }
}
