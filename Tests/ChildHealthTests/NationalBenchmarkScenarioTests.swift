import Foundation
import Testing
@testable import ChildHealth

/// The national benchmark (Scenarios/bench/national.yaml) loads through the scenario loader and
/// keeps the shape its README promises, so figures measured on it stay comparable.
@Suite struct NationalBenchmarkScenarioTests {
    static let path = ScenarioFilesTests.folder.appendingPathComponent("bench/national.yaml").path

    @Test func loadsWithTheShapeOfSwedensChildHealthCare() throws {
        let scenario = try ScenarioLoader.load(path: Self.path)
        #expect(scenario.name == "national")
        #expect(!scenario.isBaseline)
        #expect(scenario.horizon == 10)
        #expect(scenario.trials == 400)
        #expect(scenario.units.count == 1100)
        #expect(Set(scenario.units.map(\.municipality)).count == 290)

        let newborns = scenario.units.map(\.expectedNewborns)
        #expect((99_000...103_000).contains(newborns.reduce(0, +)))
        #expect(newborns.min()! >= 12 && newborns.min()! < 20)
        #expect(newborns.max()! > 200 && newborns.max()! <= 260)
        #expect(newborns.filter { $0 < 30 }.count >= 30)

        let cni = scenario.units.map(\.cni)
        #expect(cni.min()! >= 0.5 && cni.min()! < 0.6)
        #expect(cni.max()! > 2.5 && cni.max()! <= 3.0)

        // Every unit has a history of several years, a nurse and a doctor.
        #expect(scenario.units.allSatisfy { $0.history.count >= 5 })
        #expect(scenario.units.allSatisfy { !$0.nurses.isEmpty && !$0.doctors.isEmpty })
        // Nurses near 55 newborns per FTE, with part-timers.
        let nurseFTE = scenario.units.reduce(0) { $0 + $1.nurseFTE }
        #expect((48...58).contains(newborns.reduce(0, +) / nurseFTE))
        let nurses = scenario.units.flatMap(\.nurses)
        #expect(nurses.filter { $0.fraction < 1 }.count > nurses.count / 2)
    }
}
