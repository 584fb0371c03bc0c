import ChildHealth
import ChildHealthFixtures
import Foundation
import ResultFormat
import Testing
@testable import PlannerApp

/// The result files of runs and comparisons: byte-identical for any worker count, different for
/// another seed, and the CSV and JSON files carry the same rows and numbers.
@Suite struct ResultFilesTests {
    static func comparedWithStaffPlus25(_ base: Scenario, workers: Int) throws -> ScenarioComparison {
        var other = base
        other.name = "staff-plus-25"
        other.interventions = [Intervention(name: "+25% nurses at B", kind: .staffChange(StaffChange(role: .nurse, percent: 0.25)),
                                            selector: UnitSelector(unitIDs: ["B"]), start: YearMonth(year: 2026, month: 1))]
        return try #require(try Comparison.run(base: base, others: [other], workers: workers))
    }

    @Test func sameSeedGivesIdenticalResultsForAnyWorkerCount() throws {
        let scenario = Fixtures.smallRegion(trials: 450)
        let files = try [1, 2, 3].map { workers in
            let rows = RunFiles.resultRows(try #require(Planner.run(scenario, workers: workers)))
            return ResultRow.csv(rows) + ResultRow.json(rows)
        }
        #expect(files[0] == files[1])
        #expect(files[0] == files[2])
    }

    @Test func aDifferentSeedChangesTheResults() throws {
        let first = try #require(Planner.run(Fixtures.smallRegion(trials: 200, seed: 11), workers: 2))
        let second = try #require(Planner.run(Fixtures.smallRegion(trials: 200, seed: 12), workers: 2))
        #expect(ResultRow.csv(RunFiles.resultRows(first)) != ResultRow.csv(RunFiles.resultRows(second)))
    }

    @Test func csvAndJSONCarryTheSameRows() throws {
        let rows = RunFiles.resultRows(try #require(Planner.run(Fixtures.smallRegion(trials: 100), workers: 2)))
        let csv = ResultRow.csv(rows)
        #expect(csv.hasPrefix("scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target\n"))
        let fromCSV = try ResultRow.read(csv: csv, fileName: "results.csv")
        let fromJSON = try #require(JSONSerialization.jsonObject(with: Data(ResultRow.json(rows).utf8)) as? [[String: Any]])
        #expect(fromCSV == rows)
        #expect(fromJSON.count == rows.count)
        for (object, row) in zip(fromJSON, rows) {
            #expect(Set(object.keys) == Set(ResultRow.columns))
            #expect(object["unit"] as? String == row.unit && object["indicator"] as? String == row.indicator)
            #expect((object["mean"] as? NSNumber)?.doubleValue == row.mean && (object["p95"] as? NSNumber)?.doubleValue == row.p95)
            #expect((object["p_meet"] as? NSNumber)?.doubleValue == row.pMeet)
            #expect(row.pMeet != nil || object["p_meet"] is NSNull)
        }
    }

    @Test func comparisonIsIdenticalForAnyWorkerCount() throws {
        let base = Fixtures.smallRegion(trials: 450)
        let one = ComparisonFiles.rows(try Self.comparedWithStaffPlus25(base, workers: 1))
        let two = ComparisonFiles.rows(try Self.comparedWithStaffPlus25(base, workers: 2))
        #expect(ComparisonRow.csv(one) == ComparisonRow.csv(two))
        #expect(ComparisonRow.json(one) == ComparisonRow.json(two))
        #expect(ComparisonRow.csv(one).hasPrefix(ComparisonRow.columns.joined(separator: ",") + "\n"))
        let faster = try #require(one.first { $0.unit == "B" && $0.year == 2026 && $0.indicator == "newborns_per_nurse_fte" })
        #expect(faster.diffMean < 0 && faster.pBetter == 1)
        #expect(one.contains { $0.unit == "REGION" && $0.indicator == "units_meeting_first_home_visit" })
    }
}
