import Foundation
import TestSupport
import Testing
@testable import ChildHealth

/// Barn-HLR counted as Västra Götalandsregionen's KVÅ codes UX550–UX554 count it, with every
/// draw switched off: 10 births a month, families offered at 4 months from January 2026.
@Suite struct BarnHLRTests {
    private func scenario(nurses: [Double], training: BarnHLR, target: Double? = nil) -> Scenario {
        var scenario = Fixtures.deterministic(newborns: 120, nurses: nurses, horizon: 2, trials: 3)
        scenario.interventions = [Intervention(name: "Barn-HLR", kind: .barnHLR(training), selector: UnitSelector(),
                                               start: YearMonth(year: 2026, month: 1))]
        scenario.targets.barnHLR = target
        return scenario
    }

    private func simulate(_ scenario: Scenario) -> UnitTrialSimulator {
        let simulator = UnitTrialSimulator(scenario: scenario)
        simulator.simulate(WorkerUnitPlan(copying: RegionPlan(scenario: scenario).units[0]), trial: 0)
        return simulator
    }

    private static var everyoneAccepts: BarnHLR {
        var training = BarnHLR()
        training.offerRate = 1
        training.acceptRate = 1
        return training
    }

    /// Every family offered and accepting: with ample hours the 120 families due in 2026 all take
    /// part (UX552), and the sessions ask for 120 × 2 h / 6 families = 40 hours more than the
    /// same unit without them; with no hours none takes part, and none has declined.
    @Test func everyFamilyTakesPartWhenTheHoursAllow() {
        let ample = [1.0, 1, 1, 1, 1, 1]
        var without = scenario(nurses: ample, training: Self.everyoneAccepts)
        without.interventions = []
        let base = simulate(without).tallies[0].hoursDemanded
        let tally = simulate(scenario(nurses: ample, training: Self.everyoneAccepts)).tallies[0]
        #expect(tally.hlrEligible == 120 && tally.hlrOffered == 120 && tally.hlrTookPart == 120)
        #expect(tally.hlrDeclined == 0 && tally.hlrPartner == 0)
        #expect(abs(tally.hoursDemanded - base - 40) < 1e-6, "\(tally.hoursDemanded - base)")
        let short = simulate(scenario(nurses: [0.01], training: Self.everyoneAccepts)).tallies[0]
        #expect(short.hlrOffered == 120 && short.hlrTookPart == 0 && short.hlrDeclined == 0)
    }

    /// Families who do the training with a partner organisation take no nurse hours and count
    /// as done (UX554); families not offered it count as UX550.
    @Test func partnerAndNotOfferedAreCountedApart() {
        var training = Self.everyoneAccepts
        training.partnerShare = 1
        let tally = simulate(scenario(nurses: [0.01], training: training)).tallies[0]
        #expect(tally.hlrPartner == 120 && tally.hlrTookPart == 0)
        #expect(IndicatorReading(.barnHLR).value(in: tally, programmeVisits: 0, barnHLR: true) == 1)
        training.offerRate = 0
        let none = simulate(scenario(nurses: [1], training: training)).tallies[0]
        #expect(IndicatorReading(.hlrNotOffered).value(in: none, programmeVisits: 0, barnHLR: true) == 120)
        #expect(IndicatorReading(.barnHLR).value(in: none, programmeVisits: 0, barnHLR: true) == 0)
    }

    /// The share who took part is measured against a target only where the scenario sets one;
    /// a run without Barn-HLR has no rows for it at all.
    @Test func theTargetIsTheScenariosAndTheRowsTheRunsWithIt() throws {
        let withTarget = try #require(Planner.run(scenario(nurses: [1, 1, 1, 1, 1, 1], training: Self.everyoneAccepts, target: 0.5),
                                                  workers: 1))
        let cell = try #require(withTarget.cell(.unit("U1", 2026, .barnHLR)))
        #expect(cell.threshold == .atLeast(0.5) && cell.aggregate.mean == 1 && cell.aggregate.probabilityMet == 1)
        #expect(withTarget.cell(CellKey(place: .region, year: 2026, measure: .indicator(.hlrTookPart)))?.aggregate.mean == 120)
        let noTarget = try #require(Planner.run(scenario(nurses: [1], training: Self.everyoneAccepts), workers: 1))
        #expect(noTarget.cell(.unit("U1", 2026, .barnHLR))?.threshold == nil)
        let without = try #require(Planner.run(Fixtures.deterministic(trials: 3), workers: 1))
        #expect(without.cell(.unit("U1", 2026, .barnHLR)) == nil)
    }
}
