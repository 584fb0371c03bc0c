import Testing
@testable import ChildHealth

/// Norrbotten (DOMAIN.md): one unit short of nurse hours had first home visits for 17% of
/// newborns; +25% of one FTE took it to 29% and then 82%. The model should show the same
/// direction and rough size, not a fitted number.
@Suite struct CalibrationTests {
    @Test func aQuarterPostLiftsFirstHomeVisitsAtAShortUnit() throws {
        let unit = Unit(id: "NB", name: "BVC Norrbotten", municipality: "Kiruna", cni: 1.1, expectedNewborns: 88,
                        staff: [Person(id: "N1", role: .nurse, fraction: 1.0), Person(id: "D1", role: .doctor, fraction: 0.2)])
        var scenario = Scenario(name: "norrbotten", units: [unit], startYear: 2026, horizon: 3, trials: 1000, seed: 2018)
        scenario.births.trendPerYear = 0
        scenario.interventions = [Intervention(name: "+0.25 FTE", kind: .staffChange(StaffChange(fte: 0.25)),
                                               selector: UnitSelector(unitIDs: ["NB"]), start: YearMonth(year: 2027, month: 1))]
        let result = try #require(Planner.run(scenario, workers: 2))
        let before = try #require(result.aggregate(unit: "NB", year: 2026, indicator: .firstHomeVisit)).mean
        let after = try #require(result.aggregate(unit: "NB", year: 2028, indicator: .firstHomeVisit)).mean
        #expect((0.08...0.35).contains(before), "short unit: first home visits \(before)")
        #expect(after - before > 0.3, "+0.25 FTE: \(before) → \(after)")
    }
}
