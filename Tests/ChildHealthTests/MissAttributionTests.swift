import TestSupport
import Testing
@testable import ChildHealth

@Suite struct MissAttributionTests {
    /// One unit without any randomness but staff turnover (families always accept, vacation
    /// spread evenly): every trial that misses the first home visit misses it for a vacancy, so
    /// all its misses are the vacancies'.
    @Test func aUnitWhoseOnlyRandomnessIsVacanciesOwesAllItsMissesToThem() throws {
        var scenario = Fixtures.deterministic(newborns: 110, trials: 200)
        scenario.staffing.turnoverPerYear = 0.3
        scenario.staffing.vacancyMeanMonths = 6
        scenario.staffing.vacationProfile = Array(repeating: 1, count: 12)
        scenario.workload.firstHomeVisit.acceptance = 1
        let key = CellKey.unit("U1", 2026, .firstHomeVisit)
        let result = try #require(MissAttribution.run(scenario, keys: [key], workers: 2))
        #expect(result.drivers == [.vacancies])
        let cell = result.cells[0]
        #expect(cell.missedTrials > 10 && cell.missedTrials < 200)
        #expect(cell.explained == [1])
        #expect(cell.unexplained == 0)
        // Without vacancies the unit meets the target in every trial.
        let calm = try #require(Planner.run(MissDriver.vacancies.neutralised(scenario), workers: 1))
        #expect(calm.aggregate(unit: "U1", year: 2026, indicator: .firstHomeVisit)?.probabilityMet == 1)
    }

    /// Half a nurse for 120 newborns, nothing random: every trial misses and nothing but more
    /// hours would help, so 100% of the misses are unexplained.
    @Test func aUnitShortOfHoursWithoutRandomnessIsAllUnexplained() throws {
        let scenario = Fixtures.deterministic(newborns: 120, nurses: [0.5], trials: 50)
        let key = CellKey.unit("U1", 2026, .firstHomeVisit)
        let result = try #require(MissAttribution.run(scenario, keys: [key], workers: 1))
        #expect(result.drivers == [.vacationPeak])
        let cell = result.cells[0]
        #expect(cell.missedTrials == 50 && cell.base.probabilityMet == 0)
        #expect(cell.explained == [0])
        #expect(cell.unexplained == 1)
    }

    /// In a random region the shares are of the base's missed trials, each at most 1, and the same
    /// for one and two workers.
    @Test func sharesAreOfTheMissedTrialsAndIndependentOfWorkers() throws {
        let scenario = Fixtures.smallRegion(trials: 400)
        let keys = ["A", "B", "C"].map { CellKey.unit($0, 2026, .firstHomeVisit) }
        let one = try #require(MissAttribution.run(scenario, keys: keys, workers: 1))
        let two = try #require(MissAttribution.run(scenario, keys: keys, workers: 2))
        #expect(one.drivers == MissDriver.allCases)
        for (left, right) in zip(one.cells, two.cells) {
            #expect(left.base.met == right.base.met && left.base.sum == right.base.sum)
            #expect(left.explained.map(\.bitPattern) == right.explained.map(\.bitPattern))
            #expect(left.unexplained.bitPattern == right.unexplained.bitPattern)
            guard left.missedTrials > 0 else { continue }
            #expect(left.unexplained >= 0 && left.unexplained <= 1)
            // A missed trial no driver explains is not explained by any one of them.
            #expect(left.explained.allSatisfy { $0 <= 1 - left.unexplained + 1e-12 })
        }
    }
}
