import Testing
@testable import ChildHealth

@Suite struct ReproducibilityTests {
    @Test func sameSeedGivesIdenticalResultsForAnyWorkerCount() throws {
        let scenario = Fixtures.smallRegion(trials: 450)
        let one = try #require(Planner.run(scenario, workers: 1))
        let two = try #require(Planner.run(scenario, workers: 2))
        let three = try #require(Planner.run(scenario, workers: 3))
        #expect(ResultFiles.csv(one.rows) == ResultFiles.csv(two.rows))
        #expect(ResultFiles.csv(one.rows) == ResultFiles.csv(three.rows))
        #expect(ResultFiles.json(one.rows) == ResultFiles.json(two.rows))
    }

    @Test func aDifferentSeedChangesTheResults() throws {
        let first = try #require(Planner.run(Fixtures.smallRegion(trials: 200, seed: 11), workers: 2))
        let second = try #require(Planner.run(Fixtures.smallRegion(trials: 200, seed: 12), workers: 2))
        #expect(ResultFiles.csv(first.rows) != ResultFiles.csv(second.rows))
    }

    @Test func csvAndJSONCarryTheSameRows() throws {
        let result = try #require(Planner.run(Fixtures.smallRegion(trials: 100), workers: 2))
        let csvLines = ResultFiles.csv(result.rows).split(separator: "\n")
        #expect(csvLines.first == "scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target")
        let jsonObjects = ResultFiles.json(result.rows).split(separator: "\n").filter { $0.contains("\"scenario\"") }
        #expect(csvLines.count - 1 == jsonObjects.count)
        // The first data row, field by field.
        let fields = csvLines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(jsonObjects[0].contains("\"mean\": \(fields[4]),"))
        #expect(jsonObjects[0].contains("\"p95\": \(fields[7]),"))
    }
}
