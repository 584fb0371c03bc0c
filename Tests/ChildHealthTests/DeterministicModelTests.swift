import Testing
@testable import ChildHealth

@Suite struct DeterministicModelTests {
    @Test func ratiosAreExactWithoutRandomness() throws {
        let result = try #require(Planner.run(Fixtures.deterministic(), workers: 1))
        for year in [2026, 2027] {
            let newborns = try #require(result.row(unit: "U1", year: year, indicator: "newborns"))
            #expect(newborns.mean == 120 && newborns.p05 == 120 && newborns.p95 == 120)
            let perFTE = try #require(result.row(unit: "U1", year: year, indicator: "newborns_per_nurse_fte"))
            #expect(perFTE.mean == 60)
            #expect(perFTE.target == 55)
            #expect(perFTE.pMeet == 0)
            let perNurse = try #require(result.row(unit: "U1", year: year, indicator: "newborns_per_nurse"))
            #expect(perNurse.mean == 60 && perNurse.pMeet == 1 && perNurse.target == 25)
            let perDoctor = try #require(result.row(unit: "U1", year: year, indicator: "newborns_per_doctor"))
            #expect(perDoctor.mean == 120 && perDoctor.pMeet == 1)
        }
    }
}
