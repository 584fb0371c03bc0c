import TestSupport
import Testing
@testable import ChildHealth

@Suite struct InterventionTests {
    func withStaffChange(_ scenario: Scenario, percent: Double, from start: YearMonth) -> Scenario {
        var changed = scenario
        changed.interventions = [Intervention(name: "+\(Int(percent * 100))%", kind: .staffChange(StaffChange(percent: percent)),
                                              selector: UnitSelector(), start: start)]
        return changed
    }

    @Test func moreStaffNeverLowersExpectedCoverage() throws {
        let base = Fixtures.smallRegion(trials: 400)
        let more = withStaffChange(base, percent: 0.25, from: YearMonth(year: 2026, month: 1))
        let before = try #require(Planner.run(base, workers: 2))
        let after = try #require(Planner.run(more, workers: 2))
        let coverage = Set(Activity.familyActivities.compactMap(Indicator.init(coverageOf:)).map(CellKey.Measure.indicator))
        for cell in before.summaries(where: { coverage.contains($0.measure) }) {
            let other = try #require(after.cell(cell.key)).aggregate
            #expect(other.mean >= cell.mean - 0.002, "\(cell.key): \(cell.mean) → \(other.mean)")
        }
    }

    /// Common random numbers make this exact: every cell before the start month is identical.
    @Test func anInterventionChangesNothingBeforeItStarts() throws {
        let base = Fixtures.smallRegion(trials: 300)
        let later = withStaffChange(base, percent: 0.5, from: YearMonth(year: 2027, month: 7))
        let before = try #require(Planner.run(base, workers: 2))
        let after = try #require(Planner.run(later, workers: 2))
        let firstYear = before.summaries { $0.year == 2026 }
        #expect(!firstYear.isEmpty)
        let unchanged = firstYear == after.summaries { $0.year == 2026 }
        #expect(unchanged)
        // …and it does change the years after.
        let changed = before.summaries { $0.year == 2028 } != after.summaries { $0.year == 2028 }
        #expect(changed)
    }

    /// Births draw from a stream per year, so a change to births from 2028 leaves the births of
    /// 2026 and 2027, and everything in 2026, exactly as they were. (Coverage in late 2027 may
    /// move: families due in December can be visited in January.)
    @Test func aLaterBirthsChangeLeavesEarlierYearsIdentical() throws {
        let base = Fixtures.smallRegion(trials: 200)
        var shocked = base
        shocked.interventions = [Intervention(name: "shock", kind: .birthsShock(change: 0.3, months: nil),
                                              selector: UnitSelector(), start: YearMonth(year: 2028, month: 1))]
        let before = try #require(Planner.run(base, workers: 2))
        let after = try #require(Planner.run(shocked, workers: 2))
        let earlier = { (key: CellKey) in key.year == 2026 || key.measure == .indicator(.newborns) && key.year == 2027 }
        let unchanged = before.summaries(where: earlier) == after.summaries(where: earlier)
        #expect(unchanged)
        let births2028 = { (key: CellKey) in key == .unit("A", 2028, .newborns) }
        #expect(before.summaries(where: births2028) != after.summaries(where: births2028))
    }

    @Test func staffChangeAddsAndRemovesFTE() throws {
        let scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0, 1.0], horizon: 2)
        var plus = scenario
        plus.interventions = [Intervention(name: "plus", kind: .staffChange(StaffChange(fte: 0.4)),
                                           selector: UnitSelector(unitIDs: ["U1"]), start: YearMonth(year: 2027, month: 1))]
        var minus = scenario
        minus.interventions = [Intervention(name: "minus", kind: .staffChange(StaffChange(fte: -0.5)),
                                            selector: UnitSelector(unitIDs: ["U1"]), start: YearMonth(year: 2027, month: 1))]
        let up = try #require(Planner.run(plus, workers: 1))
        let down = try #require(Planner.run(minus, workers: 1))
        #expect(up.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE)?.mean == 60)
        #expect(abs(try #require(up.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurseFTE)).mean - 50) < 1e-9)
        #expect(up.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurse)?.mean == 40)
        #expect(abs(try #require(down.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurseFTE)).mean - 80) < 1e-9)
    }

    /// A new post is vacant for a while before it is filled (Poisson months, mean 6 here): the
    /// year it is created lies strictly between the years before and after it, and a start-up
    /// share lowers the FTE at work, not the FTE in post. With no delay it is filled at once.
    @Test func aNewPostIsFilledAfterARecruitmentDelay() throws {
        let scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0, 1.0], horizon: 3, trials: 2_000)
        func run(_ change: StaffChange) throws -> RunResult {
            var changed = scenario
            changed.interventions = [Intervention(name: "new post", kind: .staffChange(change),
                                                  selector: UnitSelector(), start: YearMonth(year: 2027, month: 1))]
            return try #require(Planner.run(changed, workers: 2))
        }
        let atOnce = try run(StaffChange(fte: 1, fillDelayMonths: 0))
        #expect(atOnce.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurseFTE)?.mean == 40)
        let delayed = try run(StaffChange(fte: 1, fillDelayMonths: 6))
        let before = try #require(delayed.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE))
        let first = try #require(delayed.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurseFTE))
        let after = try #require(delayed.aggregate(unit: "U1", year: 2028, indicator: .newbornsPerNurseFTE))
        #expect(before.mean == 60)
        // FTE in 2027: 2 + (12 − min(D, 12))/12 with D ~ Poisson(6); E[min(D, 12)] = 5.9805.
        let expectedFTE = 2 + (12 - 5.9805) / 12
        let firstFTE = try #require(delayed.aggregate(unit: "U1", year: 2027, indicator: .newborns)).mean / first.mean
        #expect(first.mean > 41 && first.mean < 55, "\(first.mean)")
        #expect(abs(120 / first.mean - expectedFTE) < 0.05 || abs(firstFTE - expectedFTE) < 0.05, "\(first.mean)")
        // By 2028 the post is filled unless D > 12 (P = 0.009).
        #expect(after.mean < 40.5 && after.mean >= 40)
        let induction = try run(StaffChange(fte: 1, fillDelayMonths: 0, startupShare: 0.5, startupMonths: 6))
        #expect(induction.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurseFTE)?.mean == 40)
        let atWork = try #require(induction.aggregate(unit: "U1", year: 2027, indicator: .nurseFTEAvailable)).mean
        let fullAtWork = try #require(atOnce.aggregate(unit: "U1", year: 2027, indicator: .nurseFTEAvailable)).mean
        #expect(atWork < fullAtWork && atWork > fullAtWork * 0.8, "\(atWork) vs \(fullAtWork)")
    }

    /// A Norrbotten-shaped unit (88 newborns, one nurse, CNI 1.1) given +0.25 FTE from its second
    /// year with the default recruitment delay: first home visits in that year lie clearly
    /// between the year before and the year after, as Norrbotten's 17% → 29% → 82% did.
    @Test func aNorrbottenShapedUnitImprovesOverAPartialFirstYear() throws {
        var scenario = Scenario(name: "norrbotten", units: [
            Unit(id: "N", name: "BVC Norr", municipality: "Luleå", cni: 1.1, expectedNewborns: 88,
                 staff: [Person(id: "N1", role: .nurse, fraction: 1), Person(id: "D1", role: .doctor, fraction: 0.2)]),
        ], startYear: 2026, horizon: 3, trials: 2_000, seed: 5)
        scenario.interventions = [Intervention(name: "+25%", kind: .staffChange(StaffChange(fte: 0.25)),
                                               selector: UnitSelector(), start: YearMonth(year: 2027, month: 1))]
        let result = try #require(Planner.run(scenario, workers: 2))
        let years = try [2026, 2027, 2028].map { try #require(result.aggregate(unit: "N", year: $0, indicator: .firstHomeVisit)) }
        print("Norrbotten-shaped first home visits 2026–2028:", years.map { String(format: "%.3f", $0.mean) })
        #expect(years[1].mean > years[0].mean + 4 * years[1].standardError)
        #expect(years[2].mean > years[1].mean + 4 * years[1].standardError)
    }

    /// A boundary change moves the listed children aged 1–5 at its date, not only later births.
    /// 120 and 60 newborns a year without randomness (10 and 5 a month); half of U1's area moves
    /// to U2 in January 2027 (month 24 from January 2025). At once U1 keeps 300 of its 600
    /// children aged 1–5 and U2 has 300 + 300; a year on, U1 has 300 again (295 born before the
    /// change, plus 5 born at it); the region's children are the same with or without the change.
    @Test func aBoundaryChangeMovesTheListedChildrenAtOnce() throws {
        var scenario = Fixtures.deterministic(newborns: 120, horizon: 3)
        var second = scenario.units[0]
        second.id = "U2"
        second.expectedNewborns = 60
        scenario.units.append(second)
        let unchanged = RegionPlan(scenario: scenario)
        scenario.interventions = [Intervention(name: "boundary", kind: .boundaryChange(toUnit: "U2", share: 0.5),
                                               selector: UnitSelector(unitIDs: ["U1"]), start: YearMonth(year: 2027, month: 1))]
        let moved = RegionPlan(scenario: scenario)
        let (u1, u2) = (moved.units[0].childrenOneToFive, moved.units[1].childrenOneToFive)
        #expect(abs(u1[23] - 600) < 1e-9 && abs(u2[23] - 300) < 1e-9)
        #expect(abs(u1[24] - 300) < 1e-9 && abs(u2[24] - 600) < 1e-9)
        #expect(abs(u1[36] - 300) < 1e-9 && abs(u2[36] - 600) < 1e-9)
        for month in u1.indices {
            let before = unchanged.units[0].childrenOneToFive[month] + unchanged.units[1].childrenOneToFive[month]
            #expect(abs(u1[month] + u2[month] - before) < 1e-9, "month \(month)")
        }
    }

    /// Infants move too: half of U1's area (120 newborns a year, 10 a month) moves to U2 (60) in
    /// January 2027, and from that date each unit asks for exactly the hours of a unit that has
    /// always had the other's births — clinic hours for its infants and children aged 1–5 and
    /// the family activities still due for infants born before the change (all accepted, no
    /// randomness) — while 2026, before the change, is as it was.
    @Test func aBoundaryChangeMovesInfantsAndTheirHoursAtItsDate() throws {
        func region(_ first: Double, _ second: Double) -> Scenario {
            var scenario = Fixtures.deterministic(newborns: first, horizon: 2)
            for activity in Activity.familyActivities where activity != .parentGroup {
                switch activity {
                case .firstHomeVisit: scenario.workload.firstHomeVisit.acceptance = 1
                case .eightMonthHomeVisit: scenario.workload.eightMonthHomeVisit.acceptance = 1
                case .epds: scenario.workload.epds.acceptance = 1
                default: scenario.workload.partnerTalk.acceptance = 1
                }
            }
            scenario.workload.parentGroupTiming.acceptance = 1
            var unit = scenario.units[0]
            unit.id = "U2"
            unit.expectedNewborns = second
            scenario.units.append(unit)
            return scenario
        }
        func demanded(_ scenario: Scenario) -> [[Double]] {
            let plan = RegionPlan(scenario: scenario)
            let simulator = UnitTrialSimulator(scenario: scenario)
            return plan.units.map { unit in
                simulator.simulate(WorkerUnitPlan(copying: unit), trial: 0)
                return (0..<2).map { simulator.tallies[$0].hoursDemanded }
            }
        }
        var moved = region(120, 60)
        moved.interventions = [Intervention(name: "boundary", kind: .boundaryChange(toUnit: "U2", share: 0.5),
                                            selector: UnitSelector(unitIDs: ["U1"]), start: YearMonth(year: 2027, month: 1))]
        let after = demanded(moved)
        let before = demanded(region(120, 60))
        let swapped = demanded(region(60, 120))
        #expect(after[0][0] == before[0][0] && after[1][0] == before[1][0])
        #expect(abs(after[0][1] - swapped[0][1]) < 1e-6, "U1 2027: \(after[0][1]) against \(swapped[0][1])")
        #expect(abs(after[1][1] - swapped[1][1]) < 1e-6, "U2 2027: \(after[1][1]) against \(swapped[1][1])")
        #expect(after[0][1] < before[0][1] - 100)
    }

    /// Children are counted where they are listed on 31 December: with half of U1's area moving
    /// to U2 in July 2027, the infants born at U1 in January–June are U2's by then, so 2027 has
    /// 60 newborns at U1 (30 + 30), 120 at U2 (60 + 30 + 30) and 180 in the region.
    @Test func infantsMovedInTheYearCountWhereTheyAreListedOnNewYearsEve() throws {
        var scenario = Fixtures.deterministic(newborns: 120, horizon: 2, trials: 2)
        var second = scenario.units[0]
        second.id = "U2"
        second.expectedNewborns = 60
        scenario.units.append(second)
        scenario.interventions = [Intervention(name: "boundary", kind: .boundaryChange(toUnit: "U2", share: 0.5),
                                               selector: UnitSelector(unitIDs: ["U1"]), start: YearMonth(year: 2027, month: 7))]
        let result = try #require(Planner.run(scenario, workers: 1))
        #expect(result.aggregate(unit: "U1", year: 2026, indicator: .newborns)?.mean == 120)
        #expect(result.aggregate(unit: "U1", year: 2027, indicator: .newborns)?.mean == 60)
        #expect(result.aggregate(unit: "U2", year: 2027, indicator: .newborns)?.mean == 120)
        #expect(result.cell(CellKey(place: .region, year: 2027, measure: .indicator(.newborns)))?.aggregate.mean == 180)
    }

    /// Added FTE goes to part-timers first, so the competence floor per person is kept.
    @Test func addedFTERaisesPartTimersBeforeAddingPersons() throws {
        var scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0, 0.5], horizon: 2)
        scenario.interventions = [Intervention(name: "plus", kind: .staffChange(StaffChange(fte: 0.75)),
                                               selector: UnitSelector(), start: YearMonth(year: 2027, month: 1))]
        let result = try #require(Planner.run(scenario, workers: 1))
        #expect(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse)?.mean == 60)
        // 0.5 → 1.0, then a new person at 0.25.
        #expect(result.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurse)?.mean == 40)
        #expect(abs(try #require(result.aggregate(unit: "U1", year: 2027, indicator: .newbornsPerNurseFTE)).mean - 120 / 2.25) < 1e-9)
    }

    @Test func birthShocksTrendsAndBoundaryChangesMoveExpectedBirths() throws {
        var scenario = Fixtures.deterministic(newborns: 120, horizon: 2)
        scenario.units.append(Unit(id: "U2", name: "BVC Två", municipality: "Växjö", cni: 1, expectedNewborns: 60,
                                   staff: [Person(id: "U2N", role: .nurse, fraction: 1)]))
        let start = YearMonth(year: 2027, month: 1)
        var shocked = scenario
        shocked.interventions = [Intervention(name: "shock", kind: .birthsShock(change: -0.25, months: nil),
                                              selector: UnitSelector(unitIDs: ["U1"]), start: start)]
        var moved = scenario
        moved.interventions = [Intervention(name: "boundary", kind: .boundaryChange(toUnit: "U2", share: 0.5),
                                            selector: UnitSelector(unitIDs: ["U1"]), start: start)]
        let shock = try #require(Planner.run(shocked, workers: 1))
        let move = try #require(Planner.run(moved, workers: 1))
        #expect(shock.aggregate(unit: "U1", year: 2026, indicator: .newborns)?.mean == 120)
        #expect(shock.aggregate(unit: "U1", year: 2027, indicator: .newborns)?.mean == 90)
        #expect(move.aggregate(unit: "U1", year: 2027, indicator: .newborns)?.mean == 60)
        #expect(move.aggregate(unit: "U2", year: 2027, indicator: .newborns)?.mean == 120)
        #expect(move.cell(CellKey(place: .region, year: 2027, measure: .indicator(.newborns)))?.aggregate.mean == 180)
    }

    @Test func selectorsPickUnitsByIDMunicipalityAndCNI() {
        let units = Fixtures.smallRegion().units
        #expect(units.filter(UnitSelector(cniAbove: 1.0).selects).map(\.id) == ["B"])
        #expect(units.filter(UnitSelector(unitIDs: ["A", "C"]).selects).map(\.id) == ["A", "C"])
        #expect(units.filter(UnitSelector(municipalities: ["Växjö"], cniAbove: 0.9).selects).map(\.id) == ["B", "C"])
    }
}
