import TestSupport
import Testing
@testable import ChildHealth

/// The what-if of one unit: the fields are checked as a scenario file's are, and only the unit
/// asked about changes.
@Suite struct UnitEditTests {
    static let unit = Fixtures.smallRegion(trials: 20).units[1]  // B: nurses 1.0 and 0.6, one doctor

    func edit(_ change: (inout UnitEdit) -> Void) -> UnitEdit {
        var edit = UnitEdit(unit: Self.unit, in: Fixtures.smallRegion(trials: 20))
        change(&edit)
        return edit
    }

    /// A form sent unchanged asks the scenario's own question, even for newborns fitted to a
    /// history, which have more digits than the files print.
    @Test func theFormStartsWithTheUnitAsItIs() throws {
        var scenario = Fixtures.smallRegion(trials: 20)
        scenario.units[1].expectedNewborns = 80.123456789012
        let edit = UnitEdit(unit: scenario.units[1], in: scenario)
        #expect(edit.staff.map(\.fraction) == ["1", "0.6", "0.2"])
        #expect(edit.newbornsPerYear == "80.123456789012" && edit.cni == "1.6")
        let unchanged = try edit.apply(to: scenario, source: "what-if").get()
        #expect(unchanged.units == scenario.units)
    }

    @Test func changedValuesReachOnlyTheUnitAskedAbout() throws {
        let scenario = Fixtures.smallRegion(trials: 20)
        let changed = try edit {
            $0.staff[1].fraction = "0.8"
            $0.staff[2].removed = true
            $0.staff.append(.init(id: "new", role: "nurse", fraction: "0.5"))
            $0.staff.append(.init(id: " ", role: "nurse", fraction: ""))
            $0.newbornsPerYear = "95"
            $0.cni = "1.0"
        }.apply(to: scenario, source: "what-if").get()
        #expect(changed.units[1].staff == [Person(id: "B-N0", role: .nurse, fraction: 1.0), Person(id: "B-N1", role: .nurse, fraction: 0.8),
                                           Person(id: "new", role: .nurse, fraction: 0.5)])
        #expect(changed.units[1].expectedNewborns == 95 && changed.units[1].cni == 1.0)
        #expect(changed.units[0] == scenario.units[0] && changed.units[2] == scenario.units[2])
    }

    /// The messages a scenario file's staff.csv gets for the same values.
    @Test func badValuesAreRefusedFieldByFieldInTheCommandLinesWords() {
        let problems = edit {
            $0.staff[0].fraction = "1.5"
            $0.staff[1].fraction = "abc"
            $0.staff[2].role = "surgeon"
            $0.cni = "0"
            $0.newbornsPerYear = "-3"
        }.apply(to: Fixtures.smallRegion(trials: 20), source: "what-if")
        guard case .failure(let found) = problems else { Issue.record("accepted"); return }
        #expect(found.problems.map(\.description) == [
            "what-if: cni: '0' is out of range (allowed: a number > 0)",
            "what-if: newborns_per_year: '-3' is out of range (allowed: 0 ≤ x ≤ 100000)",
            "what-if: staff[1].fraction: '1.5' is out of range (allowed: 0 < x ≤ 1)",
            "what-if: staff[2].fraction: 'abc' is not a number (allowed: 0 < x ≤ 1)",
            "what-if: staff[3].role: 'surgeon' is not a role (allowed: nurse, doctor)",
        ])
    }

    @Test func aUnitNeedsANurseAndEachPersonOneRow() {
        let noNurse = edit { $0.staff[0].removed = true; $0.staff[1].removed = true }.apply(to: Fixtures.smallRegion(trials: 20), source: "what-if")
        guard case .failure(let none) = noNurse else { Issue.record("accepted"); return }
        #expect(none.problems.map(\.description) == ["what-if: staff: unit 'B' has no nurse (allowed: at least one nurse per unit)"])
        let twice = edit { $0.staff[1].id = "B-N0" }.apply(to: Fixtures.smallRegion(trials: 20), source: "what-if")
        guard case .failure(let repeated) = twice else { Issue.record("accepted"); return }
        #expect(repeated.problems.map(\.description) == ["what-if: staff[2].id: person 'B-N0' is listed twice (allowed: one row per person id)"])
    }

    @Test func aNurseBelowHalfTimeIsAWarningNotAProblem() throws {
        let changed = try edit { $0.staff[1].fraction = "0.4" }.apply(to: Fixtures.smallRegion(trials: 20), source: "what-if").get()
        #expect(changed.warnings.map(\.field) == ["staff[2].fraction"])
        #expect(changed.units[1].staff[1].fraction == 0.4)
    }
}

/// The extended home-visit programme in a what-if: the unit is split off the programme
/// interventions that select it, and gets one of its own when the programme is on.
@Suite struct UnitEditProgrammeTests {
    /// The small region with a programme for units above CNI 0.9 (B at 1.6 and C at 1.0), from March 2027.
    static func scenario() -> Scenario {
        var scenario = Fixtures.smallRegion(trials: 20)
        var programme = ExtendedProgramme()
        programme.offerRate = 0.9
        scenario.interventions = [Intervention(name: "Rinkeby", kind: .extendedProgramme(programme),
                                               selector: UnitSelector(cniAbove: 0.9), start: YearMonth(year: 2027, month: 3))]
        return scenario
    }

    static func programme(offer: Double, units: [String], start: YearMonth = YearMonth(year: 2027, month: 3), name: String = "Rinkeby") -> Intervention {
        var programme = ExtendedProgramme()
        programme.offerRate = offer
        return Intervention(name: name, kind: .extendedProgramme(programme), selector: UnitSelector(unitIDs: units), start: start)
    }

    func edited(_ unit: Int, in scenario: Scenario = scenario(), _ change: (inout UnitEdit) -> Void) throws -> Scenario {
        var edit = UnitEdit(unit: scenario.units[unit], in: scenario)
        change(&edit)
        return try edit.apply(to: scenario, source: "what-if").get()
    }

    @Test func theFormShowsTheProgrammeTheUnitHasOrWouldGet() {
        let scenario = Self.scenario()
        let withIt = UnitEdit(unit: scenario.units[1], in: scenario)
        #expect(withIt.programme && withIt.offerRate == "0.9")
        let without = UnitEdit(unit: scenario.units[0], in: scenario)
        #expect(!without.programme && without.offerRate == "0.9")
        let none = UnitEdit(unit: scenario.units[0], in: Fixtures.smallRegion(trials: 20))
        #expect(!none.programme && none.offerRate == "0.9")
    }

    @Test func anUnchangedProgrammeKeepsTheScenariosInterventions() throws {
        #expect(try edited(1) { _ in }.interventions == Self.scenario().interventions)
        #expect(try edited(0) { $0.offerRate = "0.5" }.interventions == Self.scenario().interventions)
    }

    @Test func turningItOffKeepsItForTheOtherUnits() throws {
        #expect(try edited(1) { $0.programme = false }.interventions == [Self.programme(offer: 0.9, units: ["C"])])
        #expect(try edited(2) { $0.programme = false }.interventions == [Self.programme(offer: 0.9, units: ["B"])])
    }

    @Test func anotherOfferRateGivesTheUnitAProgrammeOfItsOwn() throws {
        #expect(try edited(1) { $0.offerRate = "0.5" }.interventions
                == [Self.programme(offer: 0.9, units: ["C"]), Self.programme(offer: 0.5, units: ["B"])])
    }

    /// A unit's choice holds whatever CNI the what-if gives it.
    @Test func turningItOnCopiesTheScenariosProgramme() throws {
        #expect(try edited(0) { $0.programme = true }.interventions
                == [Self.programme(offer: 0.9, units: ["B", "C"]).withSelector(UnitSelector(cniAbove: 0.9)), Self.programme(offer: 0.9, units: ["A"])])
        #expect(try edited(1) { $0.cni = "0.5" }.interventions
                == [Self.programme(offer: 0.9, units: ["C"]), Self.programme(offer: 0.9, units: ["B"])])
        let plain = Fixtures.smallRegion(trials: 20)
        #expect(try edited(0, in: plain) { $0.programme = true; $0.offerRate = "0.7" }.interventions
                == [Self.programme(offer: 0.7, units: ["A"], start: YearMonth(year: 2026, month: 1), name: "Extended home visits")])
    }

    @Test func theOfferRateIsCheckedAsTheFilesOfferRateIsOnlyWhenTheProgrammeIsOn() throws {
        let scenario = Self.scenario()
        var edit = UnitEdit(unit: scenario.units[1], in: scenario)
        edit.offerRate = "1,2"
        guard case .failure(let found) = edit.apply(to: scenario, source: "what-if") else { Issue.record("accepted"); return }
        #expect(found.problems.map(\.description) == ["what-if: programme_offer_rate: '1,2' is not a number (allowed: 0 ≤ x ≤ 1)"])
        edit.programme = false
        #expect(try edit.apply(to: scenario, source: "what-if").get().interventions == [Self.programme(offer: 0.9, units: ["C"])])
    }
}

private extension Intervention {
    func withSelector(_ selector: UnitSelector) -> Intervention {
        var changed = self
        changed.selector = selector
        return changed
    }
}
