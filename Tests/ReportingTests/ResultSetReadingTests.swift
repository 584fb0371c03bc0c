import Foundation
import ResultFormat
import Testing
@testable import Reporting

/// Reading a result set through ResultFormat, on the reports' fixture.
@Suite struct ResultSetReadingTests {
    @Test func loadsTheFixtureWithAQuotedScenarioName() throws {
        let results = try ResultSet(directory: try Fixture.makeDirectory(withOptionalFiles: true))
        #expect(results.results.count == Fixture.resultFields.count)
        #expect(results.results.allSatisfy { $0.scenario == "Bas, 2026" })
        let first = try #require(results.results.first { $0.unit == "VXJ-CENTRUM" && $0.indicator == "newborns_per_nurse_fte" })
        #expect(first.pMeet == 0.4235 && first.target == 45 && first.year == 2026)
        #expect(results.results.first?.pMeet == nil)
        #expect(results.fans.count == 10)
        #expect(results.run.units.map(\.name) == ["BVC Centrum", "BVC Älmhult Söder"])
        #expect(results.run.assumptions.map(\.value) == ["0.065", "0.42"])
        #expect(results.run.interventionLogic.first?.shortTermOutcome.isEmpty == true)
        #expect(results.comparison?.count == 2)
        let staffing = try #require(results.staffing)
        #expect(staffing.map(\.isAdviceRow) == [false, true, true])
        #expect(staffing[0].leastFTE == nil && staffing[0].persons == 4 && !staffing[0].advised)
        #expect(staffing[1].advisedFractions == [1, 1, 0.75, 0.75, 0.75] && staffing[1].feasible && staffing[1].leastFTE == 4.25)
        #expect(staffing[2].advisedFTE == nil && !staffing[2].feasible && staffing[2].note.contains("samverka"))
        #expect(staffing[2].doctorsMost == 0 && staffing[2].doctorsFewest == 1)
    }

    @Test func optionalFilesMayBeAbsent() throws {
        let results = try ResultSet(directory: try Fixture.makeDirectory())
        #expect(results.comparison == nil && results.staffing == nil)
    }

    @Test func malformedRowNamesFileAndLine() throws {
        let directory = try Fixture.makeDirectory()
        var lines = Fixture.resultsCSV.components(separatedBy: "\n")
        lines[3] = "\"Bas, 2026\",VXJ-CENTRUM,2026,newborns_per_nurse,many,37.5,42.75,48.25,1,25,2000"
        try lines.joined(separator: "\n").write(to: directory.appendingPathComponent("results.csv"), atomically: false, encoding: .utf8)
        #expect(throws: ResultFormatError.malformedFile(file: "results.csv", line: 4, reason: "mean: 'many' is not a finite number (allowed: a number)")) {
            try ResultSet(directory: directory)
        }
        let error = try #require(throws: ResultFormatError.self) { try ResultSet(directory: directory) }
        #expect(error.description == "results.csv:4: mean: 'many' is not a finite number (allowed: a number)")
    }

    @Test func wrongFieldCountAndMissingColumnsAreReported() throws {
        let directory = try Fixture.makeDirectory()
        let fan = Fixture.fanCSV.replacingOccurrences(of: "REGION,2027,first_home_visit,0.9,", with: "REGION,2027,first_home_visit,")
        try fan.write(to: directory.appendingPathComponent("fan.csv"), atomically: false, encoding: .utf8)
        #expect(throws: ResultFormatError.malformedFile(file: "fan.csv", line: 11, reason: "has 8 fields (allowed: 9, as in the header)")) {
            try ResultSet(directory: directory)
        }
        try "unit,year\nA,2026\n".write(to: directory.appendingPathComponent("fan.csv"), atomically: false, encoding: .utf8)
        let error = try #require(throws: ResultFormatError.self) { try ResultSet(directory: directory) }
        #expect(error.description.hasPrefix("fan.csv:1: header lacks column(s) scenario, indicator, p05"))
    }

    @Test func malformedRunJSONNamesThePath() throws {
        let directory = try Fixture.makeDirectory()
        let broken = Fixture.runJSON.replacingOccurrences(of: "\"ceiling\":55", with: "\"ceiling\":\"high\"")
        try broken.write(to: directory.appendingPathComponent("run.json"), atomically: false, encoding: .utf8)
        let error = try #require(throws: ResultFormatError.self) { try ResultSet(directory: directory) }
        #expect(error.description.hasPrefix("run.json: units[1].ceiling:"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("run.json"))
        #expect(throws: ResultFormatError.missingFile("run.json")) { try ResultSet(directory: directory) }
    }
}
