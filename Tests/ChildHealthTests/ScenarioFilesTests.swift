import Foundation
import Testing
@testable import ChildHealth

/// The scenarios shipped in Scenarios/ load, and run with every indicator, target and p_meet.
@Suite struct ScenarioFilesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")

    static let bundled = ["default", "staff-plus-25", "extended-home-visits", "falling-births"]

    @Test(arguments: bundled)
    func bundledScenarioRuns(name: String) throws {
        var scenario = try ScenarioLoader.load(path: Self.folder.appendingPathComponent("\(name).yaml").path)
        #expect(scenario.name == name)
        #expect(scenario.units.count == 27)
        scenario.trials = 40
        let result = try #require(Planner.run(scenario, workers: 2))
        let defined = Set(result.cells.filter { $0.aggregate.count > 0 }.map(\.key.measure))
        for indicator in Indicator.allCases
        where !Indicator.extendedProgramme.contains(indicator) && !Indicator.barnHLRIndicators.contains(indicator) {
            #expect(defined.contains(.indicator(indicator)), "\(indicator)")
        }
        for indicator in Indicator.targeted {
            let cell = try #require(result.cell(.unit("VXJ-ARABY", scenario.startYear, indicator)))
            #expect(cell.threshold != nil && cell.aggregate.count > 0)
        }
        if name == "extended-home-visits" {
            for indicator in Indicator.extendedProgramme {
                #expect(try #require(result.aggregate(unit: "VXJ-ARABY", year: 2027, indicator: indicator)).count > 0)
            }
            #expect(result.aggregate(unit: "ALM-DIO", year: 2027, indicator: .extOffered)?.count == 0)
        }
    }

    @Test func defaultRegionIsShapedLikeKronoberg() throws {
        let scenario = try ScenarioLoader.load(path: Self.folder.appendingPathComponent("default.yaml").path)
        let newborns = scenario.units.reduce(0) { $0 + $1.expectedNewborns }
        #expect((1750...1950).contains(newborns))
        #expect(scenario.units.filter { $0.expectedNewborns < 30 }.count >= 3)
        let cni = scenario.units.map(\.cni)
        #expect(cni.min()! < 0.7 && cni.max()! > 2.0)
        #expect(scenario.isBaseline)
    }
}
