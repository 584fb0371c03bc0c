import TestSupport
import Testing
@testable import ChildHealth

@Suite struct SensitivityTests {
    /// Unit A's newborns per nurse FTE counts births and nurses in post: no workload standard
    /// and not the CNI weight can move it, so their swings are exactly 0 on common random numbers.
    @Test func anAssumptionTheTargetDoesNotDependOnHasExactlyNoEffect() throws {
        var scenario = Fixtures.smallRegion(trials: 200)
        scenario.cniPolicy.weightFrom = 0.5
        let key = CellKey.unit("A", 2027, .newbornsPerNurseFTE)
        let result = try #require(Sensitivity.run(scenario, keys: [key], workers: 2))
        let swings = result.swings[0]
        #expect(swings.count == UncertainAssumption.catalogue.count)
        let independent = swings.filter { $0.assumption.hasPrefix("workload.") || $0.assumption == "cni_policy.weight_slope" }
        #expect(independent.count == 13)
        for swing in independent {
            #expect(swing.deltaPMeetLow == 0 && swing.deltaPMeetHigh == 0, "\(swing.assumption)")
            #expect(swing.deltaMeanLow == 0 && swing.deltaMeanHigh == 0, "\(swing.assumption)")
        }
        // The births' trend (from the start year on) does move it, and the tornado puts the largest change first.
        let trend = try #require(swings.first { $0.assumption == "births.trend_per_year" })
        #expect(trend.meanSwing > 0)
        #expect(zip(swings, swings.dropFirst()).allSatisfy { $0.pMeetSwing >= $1.pMeetSwing })
    }

    /// The base of the analysis is the scenario's own run: the same probability and mean as `run`.
    @Test func theBaseIsTheScenariosOwnRun() throws {
        let scenario = Fixtures.smallRegion(trials: 200)
        let keys = [CellKey.unit("B", 2027, .firstHomeVisit), CellKey(place: .region, year: 2026, measure: .indicator(.firstHomeVisit))]
        let result = try #require(Sensitivity.run(scenario, keys: keys, workers: 1))
        let run = try #require(Planner.run(scenario, workers: 1))
        for (index, key) in keys.enumerated() {
            let own = try #require(run.cell(key)).aggregate
            #expect(result.swings[index][0].base.probabilityMet == own.probabilityMet)
            #expect(result.swings[index][0].base.mean == own.mean)
        }
    }

    @Test func oneOrTwoWorkersGiveTheSameAnalysis() throws {
        let scenario = Fixtures.smallRegion(trials: 400)
        let key = CellKey.unit("B", 2026, .firstHomeVisit)
        let one = try #require(Sensitivity.run(scenario, keys: [key], workers: 1))
        let two = try #require(Sensitivity.run(scenario, keys: [key], workers: 2))
        #expect(one.swings[0].map(\.assumption) == two.swings[0].map(\.assumption))
        for (left, right) in zip(one.swings[0], two.swings[0]) {
            #expect(left.low.sum == right.low.sum && left.high.sum == right.high.sum && left.low.met == right.low.met && left.high.met == right.high.met)
        }
    }

    /// A range the scenario states wins over the sources' and over the default ±20%.
    @Test func rangesFromTheScenarioOverrideTheDefaults() {
        var scenario = Fixtures.smallRegion()
        let sick = try! #require(UncertainAssumption.named("staffing.sick_leave_mean"))
        let turnover = try! #require(UncertainAssumption.named("staffing.turnover_per_year"))
        let acceptance = try! #require(UncertainAssumption.named("workload.first_home_visit.acceptance"))
        #expect(sick.range(in: scenario) == SensitivityRange(low: 0.057, high: 0.071, origin: .source("regions 2019–2021: 5.7–7.1%")))
        #expect(sick.range(in: scenario).originText == "source: regions 2019–2021: 5.7–7.1%")
        let defaultTurnover = turnover.range(in: scenario)
        #expect(abs(defaultTurnover.low - 0.08) < 1e-12 && abs(defaultTurnover.high - 0.12) < 1e-12)
        #expect(defaultTurnover.originText == "assumption: ±20%")
        // ±20% of an acceptance of 0.97 stops at 1.
        #expect(acceptance.range(in: scenario).high == 1)
        scenario.sensitivityRanges = ["staffing.sick_leave_mean": 0.03...0.2, "staffing.turnover_per_year": 0...0.5]
        #expect(sick.range(in: scenario) == SensitivityRange(low: 0.03, high: 0.2, origin: .scenario))
        #expect(turnover.range(in: scenario) == SensitivityRange(low: 0, high: 0.5, origin: .scenario))
        #expect(turnover.range(in: scenario).originText == "set in the scenario")
        #expect(turnover.applied(0.5, to: scenario).staffing.turnoverPerYear == 0.5)
    }

    @Test func aScenarioStatesItsRanges() throws {
        let fixture = try ValidationFixture(["scenario.yaml": ValidationFixture.scenario + """
            sensitivity:
              staffing.sick_leave_mean: [0.04, 0.09]
              births.rate_cv: [0, 0.2]

            """])
        defer { fixture.remove() }
        let scenario = try ScenarioLoader.load(path: fixture.scenarioPath)
        #expect(scenario.sensitivityRanges == ["staffing.sick_leave_mean": 0.04...0.09, "births.rate_cv": 0...0.2])
    }

    @Test(arguments: [
        ("staffing.sick_leave_mean: [0.08, 0.05]",
         "scenario.yaml:8: sensitivity.staffing.sick_leave_mean: low 0.08 is above high 0.05 (allowed: [low, high] with low ≤ high)"),
        ("staffing.sick_leave_mean: [0.05, 1.2]",
         "scenario.yaml:8: sensitivity.staffing.sick_leave_mean[1]: '1.2' is out of range (allowed: 0 ≤ x < 1)"),
        ("staffing.sick_leave_mean: [0.05]",
         "scenario.yaml:8: sensitivity.staffing.sick_leave_mean: has 1 numbers (allowed: exactly 2)"),
        ("staffing.sick_leave: [0.05, 0.07]",
         "scenario.yaml:8: sensitivity.staffing.sick_leave: unknown field; did you mean 'staffing.sick_leave_cv'? (allowed: "
            + UncertainAssumption.catalogue.map(\.name).joined(separator: ", ") + ")"),
    ])
    func aBadRangeIsRefusedWithWhereAndWhat(line: String, message: String) throws {
        let fixture = try ValidationFixture(["scenario.yaml": ValidationFixture.scenario + "sensitivity:\n  \(line)\n"])
        defer { fixture.remove() }
        #expect(fixture.problems() == [message])
    }
}
