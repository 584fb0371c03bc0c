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
}
