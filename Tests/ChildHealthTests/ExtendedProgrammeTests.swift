import Foundation
import TestSupport
import Testing
@testable import ChildHealth

/// The extended home-visit programme counted as Västra Götalandsregionen's KVÅ codes count it,
/// with every draw switched off: 10 births a month, every family in the target group offered the
/// programme and accepting it, none leaving unless a test says so.
@Suite struct ExtendedProgrammeTests {
    /// Every family offered, every family accepting, none leaving; the programme from January 2026.
    private func scenario(nurses: [Double], visits: [ExtendedProgramme.Visit] = ExtendedProgramme().visits,
                          horizon: Int = 3) -> Scenario {
        var scenario = Fixtures.deterministic(newborns: 120, nurses: nurses, horizon: horizon)
        var programme = ExtendedProgramme()
        programme.visits = visits
        programme.firstTimeParentsOnly = false
        programme.offerRate = 1
        programme.acceptRate = 1
        programme.dropOutPerVisit = 0
        scenario.interventions = [Intervention(name: "Rinkeby", kind: .extendedProgramme(programme),
                                               selector: UnitSelector(), start: YearMonth(year: 2026, month: 1))]
        return scenario
    }

    /// Runs trial 0 of the scenario's only unit.
    private func simulate(_ scenario: Scenario) -> UnitTrialSimulator {
        let simulator = UnitTrialSimulator(scenario: scenario)
        simulator.simulate(WorkerUnitPlan(copying: RegionPlan(scenario: scenario).units[0]), trial: 0)
        return simulator
    }

    /// UX294 counts a family's decision only: with no family leaving, nobody has left, however
    /// few the hours. 6 visits at 0, 3, …, 15 months; in 2026 the 120 families who entered that
    /// year are due 120 first visits, 90 second, 60 third, 30 fourth. With ample hours all are
    /// made; with no nurse none is, each a missed visit, and every family stays in the programme.
    @Test func noFamilyLeavesWhateverTheHours() {
        for nurses in [[1.0, 1, 1, 1, 1, 1, 1, 1], [0.01]] {
            let ample = nurses.count > 1
            let simulator = simulate(scenario(nurses: nurses))
            let tallies = simulator.tallies
            for year in 0..<3 { #expect(tallies[year].extDroppedOut == 0, "nurses \(nurses), year \(year)") }
            let year0 = tallies[0]
            let made = (0..<6).map { year0.extVisits[$0] }
            #expect(made == (ample ? [120, 90, 60, 30, 0, 0] : [0, 0, 0, 0, 0, 0]))
            #expect(year0.extVisitsMissed == (ample ? 0 : 300))
            // Every family of 2026 is still in on 31 December 2026; a year later those born in
            // its last 3 months still wait for their 15-month visit, beside 2027's 120.
            #expect(year0.extInProgramme == 120)
            #expect(tallies[1].extInProgramme == 150)
            // All 2026 families stayed to the end of the programme, visited or not.
            #expect(year0.extReached == 120)
            #expect(year0.extOffered == 120 && year0.extDeclined == 0)
        }
    }

    /// Offered − declined = reached + left + still in the programme, for every entry cohort in
    /// every trial, with families leaving, a unit short of hours and random births; and over the
    /// horizon the result rows add up the same way, the families still in at the end being the
    /// last year's `ext_in_programme`.
    @Test func everyCohortAddsUpInEveryTrial() throws {
        var scenario = scenario(nurses: [0.3], horizon: 3)
        scenario.births.randomness = .negativeBinomial
        guard case .extendedProgramme(var programme) = scenario.interventions[0].kind else { return }
        programme.offerRate = 0.9
        programme.acceptRate = 0.7
        programme.dropOutPerVisit = 0.1
        programme.firstTimeParentsOnly = true
        scenario.interventions[0].kind = .extendedProgramme(programme)
        let own = WorkerUnitPlan(copying: RegionPlan(scenario: scenario).units[0])
        let simulator = UnitTrialSimulator(scenario: scenario)
        var missed = 0
        for trial in 0..<100 {
            simulator.simulate(own, trial: trial)
            var entered = 0, left = 0
            for year in 0..<3 {
                let tally = simulator.tallies[year]
                let stillIn = simulator.familiesStillInProgramme(enteredIn: year)
                #expect(tally.extOffered - tally.extDeclined == tally.extReached + tally.extDroppedOut + stillIn, "trial \(trial), year \(year)")
                entered += tally.extOffered - tally.extDeclined
                left += tally.extReached + tally.extDroppedOut
                missed += tally.extVisitsMissed
            }
            #expect(entered == left + simulator.tallies[2].extInProgramme, "trial \(trial)")
        }
        #expect(missed > 0, "0.3 nurse FTE for 120 newborns misses visits")
    }

    /// A programme whose first visit (two weeks) is the first home visit and whose third (8
    /// months) is the 8-month visit books each once: its families are not queued for the core
    /// visits, the visits it makes count as those core visits done, and the hours demanded in
    /// 2027 are those of 120 first and 120 8-month core visits (2 h each) less than for the
    /// same schedule beside the core visits.
    @Test func aVisitThatIsACoreVisitIsBookedOnce() throws {
        let replacing = [ExtendedProgramme.Visit(ageMonths: 0.5, replaces: .firstHomeVisit), ExtendedProgramme.Visit(ageMonths: 2),
                         ExtendedProgramme.Visit(ageMonths: 8, replaces: .eightMonthHomeVisit), ExtendedProgramme.Visit(ageMonths: 15)]
        let besides = replacing.map { ExtendedProgramme.Visit(ageMonths: $0.ageMonths) }
        var demanded: [Double] = []
        for visits in [replacing, besides] {
            var scenario = scenario(nurses: [1, 1, 1, 1, 1, 1, 1, 1], visits: visits)
            scenario.workload.firstHomeVisit.acceptance = 1
            scenario.workload.eightMonthHomeVisit.acceptance = 1
            let simulator = simulate(scenario)
            let tally = simulator.tallies[1]
            let first = Activity.familyActivities.firstIndex(of: .firstHomeVisit)!
            let eight = Activity.familyActivities.firstIndex(of: .eightMonthHomeVisit)!
            #expect(tally.eligible[first] == 120 && tally.done[first] == 120)
            #expect(tally.eligible[eight] == 120 && tally.done[eight] == 120)
            #expect(tally.extVisits[0] == 120 && tally.extVisits[2] == 120)
            demanded.append(tally.hoursDemanded)
        }
        #expect(abs(demanded[1] - demanded[0] - 480) < 1e-6, "\(demanded)")
    }

    /// A family that leaves the programme before the visits that were to be its core visits has
    /// those core visits after all: with every family leaving before its first visit, the unit
    /// makes 120 first and 120 8-month home visits in 2027 and asks for exactly the hours it
    /// would without the programme.
    @Test func familiesWhoLeaveHaveTheirCoreVisitsAfterAll() {
        let replacing = [ExtendedProgramme.Visit(ageMonths: 0.5, replaces: .firstHomeVisit), ExtendedProgramme.Visit(ageMonths: 2),
                         ExtendedProgramme.Visit(ageMonths: 8, replaces: .eightMonthHomeVisit), ExtendedProgramme.Visit(ageMonths: 15)]
        var leaving = scenario(nurses: [1, 1, 1, 1, 1, 1, 1, 1], visits: replacing)
        leaving.workload.firstHomeVisit.acceptance = 1
        leaving.workload.eightMonthHomeVisit.acceptance = 1
        guard case .extendedProgramme(var programme) = leaving.interventions[0].kind else { return }
        programme.dropOutPerVisit = 1
        leaving.interventions[0].kind = .extendedProgramme(programme)
        var without = leaving
        without.interventions = []
        let tally = simulate(leaving).tallies[1]
        let first = Activity.familyActivities.firstIndex(of: .firstHomeVisit)!
        let eight = Activity.familyActivities.firstIndex(of: .eightMonthHomeVisit)!
        #expect(tally.extDroppedOut == 120 && tally.extVisits[0] == 0)
        #expect(tally.done[first] == 120 && tally.done[eight] == 120)
        #expect(abs(tally.hoursDemanded - simulate(without).tallies[1].hoursDemanded) < 1e-6)
    }

    /// Visits at the clinic take their own hours: a quarter of the visits at 1 h, the rest at
    /// 1.5 h, make 1.375 h a visit.
    @Test func clinicVisitsHaveTheirOwnHours() {
        var programme = ExtendedProgramme()
        programme.clinicShare = 0.25
        #expect(programme.meanHoursPerVisit == 1.375)
    }

    /// Every programme setting is in the assumption list, with its source or labelled an
    /// assumption; the 95% participation figure is one.
    @Test func everyProgrammeDefaultIsAnAssumptionWithItsStatus() {
        let rows = scenario(nurses: [1]).assumptions.filter { $0.name.hasPrefix("interventions[0].") }
        #expect(rows.map(\.name) == ["visit_ages", "hours_per_visit", "clinic_share", "clinic_hours_per_visit", "target_group",
                                     "offer_rate", "accept_rate", "drop_out_per_visit", "counting"].map { "interventions[0].\($0)" })
        let accept = rows.first { $0.name == "interventions[0].accept_rate" }
        // The fixture sets accept_rate 1, so it is the scenario's; the default names its status.
        #expect(accept?.source == "set in the scenario")
        let defaults = ExtendedProgramme().assumptions(path: "p")
        #expect(defaults.first { $0.name == "p.accept_rate" }?.source.hasPrefix("assumption: \"Rinkeby: 95% take part\"") == true)
        #expect(defaults.first { $0.name == "p.visit_ages" }?.value == "0, 3, 6, 9, 12, 15")
        #expect(defaults.allSatisfy { !$0.source.contains("seed") })
    }
}
