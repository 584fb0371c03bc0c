import TestSupport
import Testing
@testable import ChildHealth

/// The what-if of one unit: the fields are checked as a scenario file's are, and only the unit
/// asked about changes.
@Suite struct UnitEditTests {
    static let unit = Fixtures.smallRegion(trials: 20).units[1]  // B: nurses 1.0 and 0.6, one doctor

    func edit(_ change: (inout UnitEdit) -> Void) -> UnitEdit {
        var edit = UnitEdit(unit: Self.unit)
        change(&edit)
        return edit
    }

    /// A form sent unchanged asks the scenario's own question, even for newborns fitted to a
    /// history, which have more digits than the files print.
    @Test func theFormStartsWithTheUnitAsItIs() throws {
        var scenario = Fixtures.smallRegion(trials: 20)
        scenario.units[1].expectedNewborns = 80.123456789012
        let edit = UnitEdit(unit: scenario.units[1])
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
