import TestSupport
import Testing
@testable import ChildHealth

@Suite struct StaffModelTests {
    @Test func availableFTEIsExactWithoutRandomAbsence() throws {
        let scenario = Fixtures.deterministic(nurses: [1.0, 0.75])
        let result = try #require(Planner.run(scenario, workers: 1))
        let vacation = scenario.staffing.vacationShares.reduce(0, +) / 12
        let expected = 1.75 * (1 - vacation - scenario.staffing.sickLeaveMean)
        let available = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        #expect(abs(available.mean - expected) < 1e-9)
        #expect(available.quantile(0.05) == available.quantile(0.95))
    }

    /// Part-time persons: newborns per FTE does not move, newborns per person drops under 25.
    @Test func splittingPostsOverMorePersonsLowersNewbornsPerPersonOnly() throws {
        let whole = try #require(Planner.run(Fixtures.deterministic(newborns: 60, nurses: [1.0]), workers: 1))
        let split = try #require(Planner.run(Fixtures.deterministic(newborns: 60, nurses: [0.5, 0.5]), workers: 1))
        #expect(whole.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE)?.mean == 60)
        #expect(split.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE)?.mean == 60)
        #expect(whole.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse)?.mean == 60)
        #expect(split.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse)?.mean == 30)
        let thin = try #require(Planner.run(Fixtures.deterministic(newborns: 60, nurses: [0.4, 0.3, 0.3]), workers: 1))
        let perPerson = try #require(thin.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse))
        #expect(perPerson.mean == 20 && perPerson.probabilityMet == 0)
    }

    @Test func turnoverLeavesPostsVacantAndRaisesTheLoad() throws {
        var scenario = Fixtures.deterministic(newborns: 100, nurses: [1, 1], horizon: 1, trials: 2000)
        scenario.staffing.turnoverPerYear = 0.5
        scenario.staffing.vacancyMeanMonths = 6
        let result = try #require(Planner.run(scenario, workers: 2))
        let perFTE = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE))
        // Without turnover exactly 50; vacancies only ever remove FTE.
        #expect(perFTE.quantile(0.05) >= 50)
        #expect(perFTE.mean > 52)
    }
}
