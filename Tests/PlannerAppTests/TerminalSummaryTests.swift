import TestSupport
import Testing
import ChildHealth
@testable import PlannerApp

@Suite struct TerminalSummaryTests {
    @Test func showsUnitsFirstAndLastYearAndTheAssumptions() throws {
        let scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0, 1.0], horizon: 3)
        let text = TerminalSummary.render(try #require(Planner.run(scenario, workers: 1)))
        #expect(text.contains("\n2026\n") && text.contains("\n2028\n") && !text.contains("\n2027\n"))
        // U1: ceiling 55, 120 newborns, 60 per FTE never within the ceiling, 60 per nurse always above 25.
        let unitLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("U1 ") })
        #expect(unitLine.contains(" 55 ") && unitLine.contains(" 120 ") && unitLine.contains("60 [0%]") && unitLine.contains("60 [100%]"))
        for assumption in scenario.assumptions { #expect(text.contains(assumption.name)) }
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }
}
