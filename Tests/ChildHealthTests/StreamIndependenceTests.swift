import TestSupport
import Testing
@testable import ChildHealth

/// Each random stream drives one thing, so a change to one part of a scenario leaves every
/// number it does not touch exactly as it was: the basis of comparisons on common random numbers.
@Suite struct StreamIndependenceTests {
    /// The small region with nurses to spare, so that no activity waits for another's hours.
    static func ample() -> Scenario {
        var scenario = Fixtures.smallRegion(trials: 150)
        for index in scenario.units.indices {
            scenario.units[index].staff += (1...4).map { Person(id: "\(scenario.units[index].id)-extra\($0)", role: .nurse, fraction: 1) }
        }
        return scenario
    }

    /// The coverage cells of `indicator` in every unit and year.
    static func coverage(of indicator: Indicator, in result: RunResult) -> [CellSummary] {
        result.summaries { $0.measure == .indicator(indicator) && $0.place != .region }
    }

    /// With hours to spare, changing one activity (its acceptance, and its due age, which
    /// changes how many draws it makes) moves that activity and leaves every other activity's
    /// coverage identical, trial by trial (so every statistic is equal). Two activities drawing
    /// from one stream would move together.
    @Test(arguments: [Activity.epds, .partnerTalk, .firstHomeVisit])
    func oneActivitysChangeMovesOnlyThatActivity(changed: Activity) throws {
        let base = Self.ample()
        var other = base
        func change(_ standard: inout FamilyActivityStandard) {
            standard.acceptance = 0.5
            standard.dueAgeMonths += 1
        }
        switch changed {
        case .epds: change(&other.workload.epds)
        case .partnerTalk: change(&other.workload.partnerTalk)
        default: change(&other.workload.firstHomeVisit)
        }
        let before = try #require(Planner.run(base, workers: 2))
        let after = try #require(Planner.run(other, workers: 2))
        for activity in Activity.familyActivities {
            let indicator = try #require(Indicator(coverageOf: activity))
            let same = Self.coverage(of: indicator, in: before) == Self.coverage(of: indicator, in: after)
            #expect(same == (activity != changed), "\(activity) after changing \(changed)")
        }
    }

    /// A comparison runs each scenario exactly as a run of it alone with the base's seed does.
    @Test func aComparisonsMeansAreThoseOfTheScenariosRunAlone() throws {
        let base = Fixtures.smallRegion(trials: 120)
        var other = base
        other.name = "more"
        other.units[1].staff.append(Person(id: "B-new", role: .nurse, fraction: 1))
        let comparison = try #require(try Comparison.run(base: base, others: [other], workers: 2))
        let alone = try #require(Planner.run(base, workers: 2))
        let otherAlone = try #require(Planner.run(other, workers: 2))
        for cell in comparison.pairs[0] where cell.base.count > 0 {
            let baseCell = try #require(alone.cell(cell.key)).aggregate
            let otherCell = try #require(otherAlone.cell(cell.key)).aggregate
            #expect(cell.base.mean == baseCell.mean && cell.base.quantile(0.95) == baseCell.quantile(0.95), "\(cell.key)")
            #expect(cell.other.mean == otherCell.mean && cell.other.probabilityMet == otherCell.probabilityMet, "\(cell.key)")
        }
    }

    /// The order of the units in the scenario file changes nothing: every unit's streams are keyed
    /// by its id, not its position. Unit cells are identical; the region's sums of hours and FTE
    /// add the same numbers in another order, so they agree to rounding.
    @Test func unitsInAnotherOrderGiveTheSameResults() throws {
        let scenario = Fixtures.smallRegion(trials: 120)
        var reversed = scenario
        reversed.units.reverse()
        let forward = try #require(Planner.run(scenario, workers: 2))
        let backward = try #require(Planner.run(reversed, workers: 2))
        let units = { (key: CellKey) in key.place != .region }
        let byKey = { (result: RunResult) in Dictionary(uniqueKeysWithValues: result.summaries(where: units).map { ($0.key, $0) }) }
        #expect(byKey(forward) == byKey(backward))
        for cell in forward.summaries(where: { !units($0) }) {
            let other = try #require(backward.cell(cell.key)).aggregate.mean
            #expect(abs(other - cell.mean) <= 1e-12 * max(1, abs(cell.mean)), "\(cell.key): \(cell.mean) against \(other)")
        }
    }

    /// The region's coverage pools its units' families (served over due), so in every trial it
    /// lies between its units' coverages, and its mean never above the best unit's.
    @Test func theRegionPoolsItsUnitsFamilies() throws {
        let scenario = Fixtures.smallRegion(trials: 150)
        let result = try #require(Planner.run(scenario, workers: 2))
        for year in scenario.years {
            let region = try #require(result.cell(CellKey(place: .region, year: year, measure: .indicator(.firstHomeVisit)))).aggregate
            let units = try scenario.units.map { try #require(result.aggregate(unit: $0.id, year: year, indicator: .firstHomeVisit)).mean }
            #expect(region.mean <= units.max()! + 1e-12 && region.mean >= units.min()! - 1e-12, "\(year): \(region.mean) against \(units)")
        }
    }
}
