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
        let indicators = Set(result.rows.map(\.indicator))
        for indicator in Indicator.allCases where !Indicator.extendedProgramme.contains(indicator) {
            #expect(indicators.contains(indicator.rawValue), "\(indicator)")
        }
        for indicator in Indicator.targeted {
            let row = try #require(result.row(unit: "VXJ-ARABY", year: scenario.startYear, indicator: indicator.rawValue))
            #expect(row.pMeet != nil && row.target != nil)
        }
        if name == "extended-home-visits" {
            for indicator in Indicator.extendedProgramme {
                #expect(result.row(unit: "VXJ-ARABY", year: 2027, indicator: indicator.rawValue) != nil)
            }
            #expect(result.row(unit: "ALM-DIO", year: 2027, indicator: "ext_offered") == nil)
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
