import ChildHealth
import TestSupport
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
        #expect(csv.hasPrefix("scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined,mean_se,p_meet_se\n"))
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

    /// The smallest k with P(X ≤ k) ≥ p for X ~ Poisson(mean): the p quantile of a year's births.
    static func poissonQuantile(_ p: Double, mean: Double) -> Double {
        var term = exp(-mean), cumulative = term, k = 0.0
        while cumulative < p { k += 1; term *= mean / k; cumulative += term }
        return k
    }

    /// The files of a real run, read back: each quantile column holds its own quantile, fan.csv
    /// agrees with results.csv, run.json has each unit's ceiling and numbers absent from the CSV
    /// are JSON null. Units of 400 expected newborns a year with Poisson births and nothing else
    /// random: a year's newborns are Poisson(400) (P5 367, P25 386, P50 400, P75 413, P95 433);
    /// with two full-time nurses in post all year, newborns per nurse FTE are half that.
    @Test func everyQuantileColumnFanRowAndCeilingIsWiredToItsOwnValue() throws {
        var scenario = Fixtures.deterministic(newborns: 400, nurses: [1.0, 1.0], cni: 1.3, horizon: 1, trials: 1000)
        scenario.births.randomness = .poisson
        // Ceilings by the CNI policy's steps (≤ 1.0: 55, ≤ 1.25: 50, ≤ 1.5: 45, above: 40).
        let ceilings = ["U1": 45.0, "U2": 55, "U3": 50, "U4": 40]
        for (id, cni) in [("U2", 0.9), ("U3", 1.25), ("U4", 1.6)] {
            var unit = scenario.units[0]
            unit.id = id
            unit.cni = cni
            scenario.units.append(unit)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-wiring-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try RunFiles.write(try #require(Planner.run(scenario, workers: 2)), to: folder)
        let files = try ResultSet(directory: folder)
        let probabilities = [0.05, 0.25, 0.5, 0.75, 0.95]
        let births = probabilities.map { Self.poissonQuantile($0, mean: 400) }
        #expect(births == [367, 386, 400, 413, 433])
        // Sample quantiles of 1,000 trials: within 6 newborns (about 4 standard errors at P5/P95).
        func expectNear(_ values: [Double], _ expected: [Double], tolerance: Double, _ label: String) {
            for (value, truth) in zip(values, expected) {
                #expect(abs(value - truth) <= tolerance, "\(label): \(values) vs \(expected)")
            }
            #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 }, "\(label) rises: \(values)")
        }
        for unit in ["U1", "U2", "U3", "U4"] {
            for year in [2026] {
                func row(_ indicator: String) throws -> ResultRow {
                    try #require(files.results.first { $0.unit == unit && $0.year == year && $0.indicator == indicator })
                }
                let newborns = try row("newborns")
                #expect(abs(newborns.mean - 400) < 4 * 20 / 1000.0.squareRoot(), "\(unit) \(year) mean \(newborns.mean)")
                expectNear([newborns.p05, newborns.p50, newborns.p95], [births[0], births[2], births[4]], tolerance: 6, "\(unit) \(year) newborns")
                #expect(newborns.pMeet == nil && newborns.target == nil)
                let perFTE = try row("newborns_per_nurse_fte")
                #expect(perFTE.target == ceilings[unit])
                let fan = try #require(files.fans.first { $0.unit == unit && $0.year == year && $0.indicator == "newborns_per_nurse_fte" })
                expectNear([fan.p05, fan.p25, fan.p50, fan.p75, fan.p95], births.map { $0 / 2 }, tolerance: 3, "\(unit) \(year) fan")
                #expect([fan.p05, fan.p50, fan.p95] == [perFTE.p05, perFTE.p50, perFTE.p95])
                let visits = try #require(files.fans.first { $0.unit == unit && $0.year == year && $0.indicator == "first_home_visit" })
                let firstVisit = try row("first_home_visit")
                #expect([visits.p05, visits.p50, visits.p95] == [firstVisit.p05, firstVisit.p50, firstVisit.p95])
                #expect(visits.p05 <= visits.p25 && visits.p25 <= visits.p50 && visits.p50 <= visits.p75 && visits.p75 <= visits.p95)
            }
        }
        #expect(Dictionary(uniqueKeysWithValues: files.run.units.map { ($0.id, $0.ceiling) }) == ceilings)
        // results.json: the same rows; null exactly where the CSV field is empty.
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("results.json")))
                                as? [[String: Any]])
        #expect(json.count == files.results.count)
        for (object, row) in zip(json, files.results) {
            #expect(object["unit"] as? String == row.unit && object["year"] as? Int == row.year && object["indicator"] as? String == row.indicator)
            for (key, value) in [("mean", row.mean), ("p05", row.p05), ("p50", row.p50), ("p95", row.p95)] as [(String, Double)] {
                #expect((object[key] as? NSNumber)?.doubleValue == value, "\(row.unit) \(row.indicator) \(key)")
            }
            for (key, value) in [("p_meet", row.pMeet), ("target", row.target)] as [(String, Double?)] {
                if let value { #expect((object[key] as? NSNumber)?.doubleValue == value) } else { #expect(object[key] is NSNull, "\(key)") }
            }
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
        // The paired difference's P5 is never above its P95, and more nurses at B only raise the
        // chance that B stays under its newborns-per-FTE ceiling: delta P(meet) = other − base ≥ 0,
        // and above 0 in some year.
        #expect(one.allSatisfy { $0.diffP05 <= $0.diffP95 })
        #expect(one.contains { $0.diffP05 < $0.diffP95 })
        let ceilingRows = one.filter { $0.unit == "B" && $0.indicator == "newborns_per_nurse_fte" }
        #expect(!ceilingRows.isEmpty && ceilingRows.allSatisfy { ($0.deltaPMeet ?? -1) >= 0 })
        #expect(ceilingRows.contains { ($0.deltaPMeet ?? 0) > 0 })
    }
}
