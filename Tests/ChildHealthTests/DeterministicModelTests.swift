import TestSupport
import Testing
@testable import ChildHealth

@Suite struct DeterministicModelTests {
    @Test func ratiosAreExactWithoutRandomness() throws {
        let result = try #require(Planner.run(Fixtures.deterministic(), workers: 1))
        for year in [2026, 2027] {
            let newborns = try #require(result.aggregate(unit: "U1", year: year, indicator: .newborns))
            #expect(newborns.mean == 120 && newborns.quantile(0.05) == 120 && newborns.quantile(0.95) == 120)
            let perFTE = try #require(result.cell(.unit("U1", year, .newbornsPerNurseFTE)))
            #expect(perFTE.aggregate.mean == 60)
            #expect(perFTE.threshold == .atMost(55))
            #expect(perFTE.aggregate.probabilityMet == 0)
            let perNurse = try #require(result.cell(.unit("U1", year, .newbornsPerNurse)))
            #expect(perNurse.aggregate.mean == 60 && perNurse.aggregate.probabilityMet == 1 && perNurse.threshold == .atLeast(25))
            let perDoctor = try #require(result.aggregate(unit: "U1", year: year, indicator: .newbornsPerDoctor))
            #expect(perDoctor.mean == 120 && perDoctor.probabilityMet == 1)
        }
    }

    /// The region's key figures as the regions count them: all newborns over all nurse FTE and
    /// over all nurses in post. Two units, 120 newborns on 2 × 1.0 FTE at CNI 1 (ceiling 55) and
    /// 60 on 1 × 0.5 FTE at CNI 2.5: 180 newborns over 2.5 FTE = 72, over 3 nurses = 60. The
    /// region's ceiling is the FTE the units' own ceilings ask for: 120/55 + 60/c₂ against 180.
    @Test func regionKeyFiguresPoolTheUnits() throws {
        var scenario = Fixtures.deterministic()
        var second = scenario.units[0]
        second.id = "U2"
        second.cni = 2.5
        second.expectedNewborns = 60
        second.staff = [Person(id: "N9", role: .nurse, fraction: 0.5)]
        scenario.units.append(second)
        let result = try #require(Planner.run(scenario, workers: 1))
        let ceilings = (scenario.cniPolicy.ceiling(cni: 1), scenario.cniPolicy.ceiling(cni: 2.5))
        let regionCeiling = 180 / (120 / ceilings.0 + 60 / ceilings.1)
        for year in [2026, 2027] {
            let perFTE = try #require(result.cell(CellKey(place: .region, year: year, measure: .indicator(.newbornsPerNurseFTE))))
            #expect(perFTE.aggregate.mean == 72)
            #expect(perFTE.threshold == .atMost(regionCeiling))
            let perNurse = try #require(result.cell(CellKey(place: .region, year: year, measure: .indicator(.newbornsPerNurse))))
            #expect(perNurse.aggregate.mean == 60 && perNurse.threshold == .atLeast(25) && perNurse.aggregate.probabilityMet == 1)
        }
    }
}
