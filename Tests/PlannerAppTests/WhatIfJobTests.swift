import ChildHealth
import ResultFormat
import TestSupport
import Testing
@testable import PlannerApp

/// A what-if simulates one unit only, yet gives exactly the rows `bhvplan run` writes for that
/// unit with the same staff and seed, and the differences `bhvplan compare` gives.
@Suite struct WhatIfJobTests {
    static func changed(_ scenario: Scenario, fraction: Double) -> Scenario {
        var other = scenario
        other.units[1].staff[1].fraction = fraction
        return other
    }

    @Test func aWhatIfGivesTheRowsOfAWholeRunOfTheChangedScenario() throws {
        let scenario = Fixtures.smallRegion(trials: 200)
        let whatIf = Self.changed(scenario, fraction: 0.9)
        let answer = try #require(WhatIfJob.run(scenario: scenario, whatIf: whatIf, unit: "B", workers: 2))
        let whole = RunFiles.resultRows(try #require(Planner.run(whatIf, workers: 2))).filter { $0.unit == "B" }
        #expect(answer.whatIfRows.count == whole.count && !whole.isEmpty)
        for (asked, run) in zip(answer.whatIfRows, whole) {
            #expect(asked.indicator == run.indicator && asked.year == run.year)
            #expect(asked.pMeet == run.pMeet && asked.mean == run.mean && asked.nDefined == run.nDefined && asked.target == run.target)
        }
        let base = RunFiles.resultRows(try #require(Planner.run(scenario, workers: 2))).filter { $0.unit == "B" }
        #expect(answer.scenarioRows.map(\.pMeet) == base.map(\.pMeet))
    }

    @Test func theDifferencesAreThoseOfCompare() throws {
        let scenario = Fixtures.smallRegion(trials: 200)
        let whatIf = Self.changed(scenario, fraction: 1.0)
        let answer = try #require(WhatIfJob.run(scenario: scenario, whatIf: whatIf, unit: "B", workers: 1))
        let compared = ComparisonFiles.rows(try #require(try Comparison.run(base: scenario, others: [whatIf], workers: 1)))
            .filter { $0.unit == "B" }
        #expect(answer.differences.map(\.deltaPMeet) == compared.map(\.deltaPMeet))
        #expect(answer.differences.map(\.diffMean) == compared.map(\.diffMean))
        #expect(answer.differences.contains { ($0.deltaPMeet ?? 0) > 0 })
    }

    @Test func oneOrTwoWorkersGiveTheSameAnswer() throws {
        let scenario = Fixtures.smallRegion(trials: 400)
        let whatIf = Self.changed(scenario, fraction: 0.8)
        let one = try #require(WhatIfJob.run(scenario: scenario, whatIf: whatIf, unit: "B", workers: 1))
        let two = try #require(WhatIfJob.run(scenario: scenario, whatIf: whatIf, unit: "B", workers: 2))
        #expect(ResultRow.csv(one.whatIfRows) == ResultRow.csv(two.whatIfRows))
        #expect(ComparisonRow.csv(one.differences) == ComparisonRow.csv(two.differences))
    }

    /// Without randomness: 120 newborns and two full-time nurses are 60 per FTE, over the ceiling
    /// of 55 in every trial; a third nurse makes 40, under it in every trial.
    @Test func aDeterministicUnitGivesExactAnswers() throws {
        let scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0, 1.0], trials: 20)
        var whatIf = scenario
        whatIf.units[0].staff.append(Person(id: "N3", role: .nurse, fraction: 1.0))
        let answer = try #require(WhatIfJob.run(scenario: scenario, whatIf: whatIf, unit: "U1", workers: 2))
        let perFTE = { (rows: [ResultRow]) in rows.filter { $0.indicator == "newborns_per_nurse_fte" && $0.year == 2026 } }
        #expect(perFTE(answer.scenarioRows).map(\.mean) == [60] && perFTE(answer.scenarioRows).map(\.pMeet) == [0])
        #expect(perFTE(answer.whatIfRows).map(\.mean) == [40] && perFTE(answer.whatIfRows).map(\.pMeet) == [1])
        #expect(answer.differences.first { $0.indicator == "newborns_per_nurse_fte" && $0.year == 2026 }?.deltaPMeet == 1)
    }
}
