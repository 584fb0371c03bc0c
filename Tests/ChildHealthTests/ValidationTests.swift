import Foundation
import Testing
@testable import ChildHealth

/// One test per class of bad input, each asserting the exact message a planner sees.
@Suite struct ValidationTests {
    /// The problems of the fixture with `changes` applied.
    private func problems(_ changes: [String: String]) throws -> [String] {
        let fixture = try ValidationFixture(changes)
        defer { fixture.remove() }
        return fixture.problems()
    }

    /// Expects exactly `expected`, in order, from the fixture with `changes` applied.
    private func expectProblems(_ changes: [String: String], _ expected: [String],
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try problems(changes)
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    private func scenario(replacing old: String, with new: String) -> [String: String] {
        ["scenario.yaml": ValidationFixture.scenario.replacingOccurrences(of: old, with: new)]
    }

    @Test func theFixtureIsValid() throws {
        try expectProblems([:], [])
    }

    @Test func theRegionsReservedIDIsNotAUnitID() throws {
        try expectProblems([
            "units.csv": ValidationFixture.units.replacingOccurrences(of: "B,BVC B", with: "REGION,BVC B"),
            "staff.csv": ValidationFixture.staff.replacingOccurrences(of: "B-N1,B,", with: "B-N1,REGION,"),
        ], [
            "units.csv:3: id: 'REGION' is reserved for the region's own rows in the results (allowed: any other unit id)",
        ])
        try expectProblems(scenario(replacing: "  staff_csv: staff.csv", with: """
              staff_csv: staff.csv
              units: [{id: region, name: R, municipality: M, cni: 1, newborns_per_year: 5, staff: [{id: R-N1, role: nurse, fraction: 1}]}]
            """), [
            "scenario.yaml:7: id: 'region' is reserved for the region's own rows in the results (allowed: any other unit id)",
        ])
    }

    @Test func controlCharactersInIDsAndNamesAreRefused() throws {
        try expectProblems([
            "units.csv": ValidationFixture.units.replacingOccurrences(of: "A,BVC A", with: "A,BVC\u{0}A"),
            "staff.csv": ValidationFixture.staff.replacingOccurrences(of: "B-N1,B,", with: "B-N1\u{1B}[31m,B,"),
        ], [
            "units.csv:2: name: 'BVC\\u{0}A' holds the control character U+0000 (allowed: text without control characters such as NUL, tab or line breaks)",
            "staff.csv:3: id: 'B-N1\\u{1B}[31m' holds the control character U+001B (allowed: text without control characters such as NUL, tab or line breaks)",
        ])
        try expectProblems(scenario(replacing: "name: t", with: "name: \"t\\u0007\""), [
            "scenario.yaml:1: name: 't\\u{7}' holds the control character U+0007 (allowed: text without control characters such as NUL, tab or line breaks)",
        ])
    }

    /// YAML merge keys share a block between mappings (`<<: *base`); the mapping's own fields win.
    @Test func mergeKeysShareFieldsAndAreCheckedWhereWritten() throws {
        let shared = """
              units:
                - &base {id: C, name: BVC C, municipality: Växjö, cni: 1.3, newborns_per_year: 50, staff: [{id: C-N1, role: nurse, fraction: 1.0}]}
                - <<: *base
                  id: D
                  staff: [{id: D-N1, role: nurse, fraction: 0.5}]
            """
        let fixture = try ValidationFixture(scenario(replacing: "  staff_csv: staff.csv", with: "  staff_csv: staff.csv\n" + shared))
        defer { fixture.remove() }
        #expect(fixture.problems() == [])
        let loaded = try ScenarioLoader.load(path: fixture.scenarioPath)
        let unit = try #require(loaded.units.first { $0.id == "D" })
        #expect(unit.name == "BVC C" && unit.cni == 1.3 && unit.staff.map(\.fraction) == [0.5])

        try expectProblems(scenario(replacing: "  staff_csv: staff.csv", with: "  staff_csv: staff.csv\n"
            + shared.replacingOccurrences(of: "cni: 1.3", with: "cnii: 1.3")), [
            "scenario.yaml:8: region.units[0].cnii: unknown field; did you mean 'cni'? (allowed: id, name, municipality, cni, newborns_per_year, newborn_history, first_time_share, moves_in_per_year, moves_out_per_year, planned_births, staff)",
            "scenario.yaml:8: region.units[0].cni: missing (allowed: a number > 0)",
            "scenario.yaml:8: region.units[1].cnii: unknown field; did you mean 'cni'? (allowed: id, name, municipality, cni, newborns_per_year, newborn_history, first_time_share, moves_in_per_year, moves_out_per_year, planned_births, staff)",
            "scenario.yaml:9: region.units[1].cni: missing (allowed: a number > 0)",
        ])
    }

    @Test func malformedYAMLHasLineAndColumn() throws {
        try expectProblems(scenario(replacing: "horizon: 2", with: "horizon: [2"), [
            "scenario.yaml:3: malformed YAML at column 7: while parsing a flow sequence did not find expected ',' or ']' (allowed: YAML; check the indentation, the colons and the quotes)",
        ])
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        try expectProblems(scenario(replacing: "horizon: 2", with: "horizn: 2"), [
            "scenario.yaml:2: horizn: unknown field; did you mean 'horizon'? (allowed: name, description, baseline, start_year, horizon, trials, seed, region, targets, cni_policy, births, staffing, workload, interventions, sensitivity)",
        ])
    }

    @Test func missingRequiredField() throws {
        try expectProblems(scenario(replacing: "name: t\n", with: ""), [
            "scenario.yaml:1: name: missing (allowed: a text)",
        ])
    }

    @Test func wrongTypes() throws {
        try expectProblems(scenario(replacing: "trials: 2", with: "trials: [2]\nbaseline: maybe\ntargets: [0.9]"), [
            "scenario.yaml:3: trials: expected a whole number, found a list (allowed: a whole number from 1 to 10000000)",
            "scenario.yaml:4: baseline: 'maybe' is not true or false (allowed: true, false)",
            "scenario.yaml:5: targets: expected a mapping of fields, found a list (allowed: newborns_per_nurse, newborns_per_doctor, first_home_visit, eight_month_home_visit, parent_group, epds, partner_talk, barn_hlr)",
        ])
    }

    @Test func notANumberInfiniteAndNegative() throws {
        let units = ValidationFixture.units.replacingOccurrences(of: "A,BVC A,Växjö,1.0,100,0.4", with: "A,BVC A,Växjö,nan,-100,inf")
        try expectProblems(["units.csv": units], [
            "units.csv:2: cni: 'nan' is not a finite number (allowed: a number > 0)",
            "units.csv:2: first_time_share: 'inf' is not a finite number (allowed: 0 ≤ x ≤ 1)",
            "units.csv:2: newborns_per_year: '-100' is out of range (allowed: 0 ≤ x ≤ 100000)",
        ])
        try expectProblems(scenario(replacing: "trials: 2", with: "trials: 2\nstaffing: {hours_per_fte_year: .nan, vacation_days: -1}"), [
            "scenario.yaml:4: staffing.hours_per_fte_year: '.nan' is not a finite number (allowed: 0 < x ≤ 8784)",
            "scenario.yaml:4: staffing.vacation_days: '-1' is out of range (allowed: 0 ≤ x ≤ 100)",
        ])
    }

    @Test func employmentFractionOutsideZeroToOne() throws {
        let staff = ValidationFixture.staff.replacingOccurrences(of: "A-N1,A,nurse,1.0", with: "A-N1,A,nurse,1.2")
            .replacingOccurrences(of: "B-N1,B,nurse,0.5", with: "B-N1,B,nurse,0")
        try expectProblems(["staff.csv": staff], [
            "staff.csv:2: fraction: '1.2' is out of range (allowed: 0 < x ≤ 1)",
            "staff.csv:3: fraction: '0' is out of range (allowed: 0 < x ≤ 1)",
        ])
    }

    @Test func cniMustBePositive() throws {
        let units = ValidationFixture.units.replacingOccurrences(of: "B,BVC B,Alvesta,1.5", with: "B,BVC B,Alvesta,0")
        try expectProblems(["units.csv": units], [
            "units.csv:3: cni: '0' is out of range (allowed: a number > 0)",
        ])
    }

    @Test func horizonAndTrialsAtLeastOne() throws {
        try expectProblems(scenario(replacing: "horizon: 2\ntrials: 2", with: "horizon: 0\ntrials: 0"), [
            "scenario.yaml:2: horizon: 0 is out of range (allowed: a whole number from 1 to 50)",
            "scenario.yaml:3: trials: 0 is out of range (allowed: a whole number from 1 to 10000000)",
        ])
    }

    @Test func hugeNumbersAreOutOfRangeNotACrash() throws {
        try expectProblems(scenario(replacing: "trials: 2", with: "trials: 2\nseed: 99999999999999999999"), [
            "scenario.yaml:4: seed: '99999999999999999999' is out of range (allowed: a whole number from 0 to 9223372036854775807)",
        ])
    }

    /// A boundary change moves families from the units it applies to; moving them to one of
    /// those units would silently change nothing (or double them).
    @Test func aBoundaryChangeToAUnitItMovesFromIsRefused() throws {
        let yaml = ValidationFixture.scenario + """
            interventions:
              - {name: merge, type: boundary_change, units: [A], to_unit: A, share: 0.3, start: 2027}
              - {name: all to B, type: boundary_change, to_unit: B, share: 0.1, start: 2027}
              - {name: A to B, type: boundary_change, units: [A], to_unit: B, share: 0.1, start: 2027}

            """
        try expectProblems(["scenario.yaml": yaml], [
            "scenario.yaml:8: interventions[0].to_unit: 'A' is among the units the change moves families from (allowed: a unit outside those the intervention applies to; name them with units:)",
            "scenario.yaml:9: interventions[1].to_unit: 'B' is among the units the change moves families from (allowed: a unit outside those the intervention applies to; name them with units:)",
        ])
    }

    @Test func interventionStartOutsideTheHorizon() throws {
        let yaml = ValidationFixture.scenario + """
            interventions:
              - {name: more nurses, type: staff_change, units: [A], fte: 1, start: 2031-04}

            """
        try expectProblems(["scenario.yaml": yaml], [
            "scenario.yaml:8: interventions[0].start: 2031-04 is outside the horizon (allowed: a month from 2026-01 to 2027-12, as YYYY or YYYY-MM)",
        ])
    }

    @Test func duplicateUnitAndPersonIDs() throws {
        let units = ValidationFixture.units + "A,BVC A again,Växjö,1.0,50,0.4\n"
        let staff = ValidationFixture.staff + "A-N1,B,nurse,0.5\n"
        try expectProblems(["units.csv": units, "staff.csv": staff], [
            "units.csv:4: id: unit 'A' is defined twice, first at units.csv:2 (allowed: one definition per unit id)",
            "staff.csv:4: id: person 'A-N1' is listed twice, first at staff.csv:2 (allowed: one row per person id)",
        ])
    }

    @Test func staffNamingAnUnknownUnit() throws {
        let staff = ValidationFixture.staff + "C-N1,Ä,nurse,0.5\nX-N1,BB,nurse,0.5\n"
        try expectProblems(["staff.csv": staff], [
            "staff.csv:4: unit: 'Ä' is not a unit of the region (allowed: a unit id from units_csv or region.units)",
            "staff.csv:5: unit: 'BB' is not a unit of the region; did you mean 'B'? (allowed: a unit id from units_csv or region.units)",
        ])
    }

    @Test func interventionSelectingNoUnit() throws {
        let yaml = ValidationFixture.scenario + """
            interventions:
              - {name: high CNI only, type: staff_change, cni_above: 3, fte: 1}

            """
        try expectProblems(["scenario.yaml": yaml], [
            "scenario.yaml:8: interventions[0]: selects no unit (allowed: units, municipalities and cni_above that match at least one unit)",
        ])
    }

    @Test func targetSharesWithinZeroAndOne() throws {
        try expectProblems(scenario(replacing: "trials: 2", with: "trials: 2\ntargets: {epds: 1.5, parent_group: -0.1}"), [
            "scenario.yaml:4: targets.parent_group: '-0.1' is out of range (allowed: 0 ≤ x ≤ 1)",
            "scenario.yaml:4: targets.epds: '1.5' is out of range (allowed: 0 ≤ x ≤ 1)",
        ])
    }

    @Test func csvWithAMissingOrAnExtraColumn() throws {
        let units = ValidationFixture.units.replacingOccurrences(of: "first_time_share", with: "first_time_shares")
        try expectProblems(["units.csv": units], [
            "units.csv:1: first_time_share: missing column (allowed: the columns id, name, municipality, cni, newborns_per_year, first_time_share; optional moves_in_per_year, moves_out_per_year)",
            "units.csv:1: first_time_shares: unknown column; did you mean 'first_time_share'? (allowed: the columns id, name, municipality, cni, newborns_per_year, first_time_share; optional moves_in_per_year, moves_out_per_year)",
        ])
    }

    /// A staff file saved by Excel on a Swedish system is read as such; a value it cannot read
    /// is named by file, line and field as in a tidy file.
    @Test func aSwedishExcelCSVIsReadAndItsBadValuesNamed() throws {
        let staff = "id;unit;role;fraction\nA-N1;A;nurse;1,0\nB-N1;B;nurse;0,5x\n"
        try expectProblems(["staff.csv": staff], [
            "staff.csv:3: fraction: '0,5x' is not a number (allowed: 0 < x ≤ 1)",
        ])
    }

    @Test func csvRowWithTheWrongNumberOfFields() throws {
        let staff = ValidationFixture.staff + "C-N1,A,nurse\n"
        try expectProblems(["staff.csv": staff], [
            "staff.csv:4: has 3 fields (allowed: 4, one per column: id,unit,role,fraction)",
        ])
    }

    @Test func csvQuoteNotClosed() throws {
        let staff = ValidationFixture.staff + "\"C-N1,A,nurse,0.5\n"
        try expectProblems(["staff.csv": staff], [
            "staff.csv:4: a quoted field is not closed (allowed: fields separated by ',' as in the header; quote a whole field as \"…\" and double quotes inside it)",
        ])
    }

    @Test func csvQuoteOutOfPlace() throws {
        let staff = ValidationFixture.staff + "\"C-N1\"x,A,nurse,0.5\n"
        try expectProblems(["staff.csv": staff], [
            "staff.csv:4: a quote is out of place (allowed: fields separated by ',' as in the header; quote a whole field as \"…\" and double quotes inside it)",
        ])
    }

    /// 0x81 has no character in Windows-1252 either (Excel's other encoding on a Swedish system).
    @Test func fileThatIsNeitherUTF8NorWindows1252() throws {
        let fixture = try ValidationFixture(["units.csv": Data(ValidationFixture.units.utf8) + Data([0x42, 0x81, 0x0A])])
        defer { fixture.remove() }
        #expect(fixture.problems() == [
            "units.csv:4: is neither UTF-8 nor Windows-1252 text (allowed: UTF-8 with or without byte-order mark, "
                + "or Windows-1252 as Excel saves CSV)",
        ])
    }

    @Test func emptyFile() throws {
        try expectProblems(["staff.csv": " \n"], [
            "staff.csv: is empty (allowed: a CSV file with a header line)",
        ])
    }

    @Test func pathThatDoesNotExist() throws {
        try expectProblems(scenario(replacing: "staff.csv", with: "personal.csv"), [
            "scenario.yaml:6: region.staff_csv: 'personal.csv' does not exist (allowed: the path of an existing file; a scenario's CSV paths are relative to its folder)",
        ])
    }

    @Test func birthsThatWouldOutgrowAnyRegion() throws {
        let yaml = ValidationFixture.scenario.replacingOccurrences(of: "horizon: 2", with: "horizon: 30") + """
            interventions:
              - {name: boom, type: births_trend, change_per_year: 0.5}

            """
        try expectProblems(["scenario.yaml": yaml], [
            "scenario.yaml: births: expected newborns could grow to 37391457 a year in the region (allowed: at most 10000000; check newborns_per_year and the units' histories, births.trend_per_year and the births interventions)",
        ])
    }

    @Test func everyProblemOfAFileInOnePass() throws {
        let units = ValidationFixture.units.replacingOccurrences(of: "A,BVC A,Växjö,1.0,100,0.4", with: "A,,Växjö,-1,100,2")
        try expectProblems(["units.csv": units], [
            "units.csv:2: name: is empty (allowed: a text)",
            "units.csv:2: cni: '-1' is out of range (allowed: a number > 0)",
            "units.csv:2: first_time_share: '2' is out of range (allowed: 0 ≤ x ≤ 1)",
        ])
    }

    @Test func messagesStayOnOneLine() {
        let problem = InputProblem(file: "u.csv", line: 2, field: "a\nb", message: "\(quoted(String(repeating: "x", count: 80)))\t\u{1B}")
        #expect(problem.description == "u.csv:2: a\\nb: '\(String(repeating: "x", count: 60))…'\\t\\u{1B}")
    }

    /// A programme's schedule: ages in increasing months, 1–6 of them, core visits named and
    /// replaced once, and not beside `visits`/`span_months`.
    @Test func aProgrammeScheduleIsCheckedVisitByVisit() throws {
        func programme(_ fields: String) -> [String: String] {
            scenario(replacing: "  staff_csv: staff.csv", with: """
                  staff_csv: staff.csv
                interventions:
                  - {name: P, type: extended_home_visits, \(fields)}
                """)
        }
        try expectProblems(programme("visit_ages: [0.5, 2, {age: 8, replaces: eight_month_home_visit}, 15]"), [])
        try expectProblems(programme("visits: 4, visit_ages: [0.5, 2, 8, 15]"), [
            "scenario.yaml:8: interventions[0].visits: is given beside visit_ages (allowed: either visit_ages, or visits with span_months for evenly spaced visits)",
        ])
        try expectProblems(programme("visit_ages: [0, 0.5]"), [
            "scenario.yaml:8: interventions[0].visit_ages[1]: 0.5 falls in the same or an earlier month of life than the visit before it, 0 "
                + "(allowed: ages in increasing order, each in a later month; the model is monthly and a visit at age a falls in month ⌊a⌋)",
        ])
        try expectProblems(programme("visit_ages: [{age: 0.5, replaces: epds}]"), [
            "scenario.yaml:8: interventions[0].visit_ages[0].replaces: 'epds' is not a core home visit (allowed: first_home_visit, eight_month_home_visit)",
        ])
        try expectProblems(programme("visit_ages: [{age: 0.5, replaces: first_home_visit}, {age: 1, replaces: first_home_visit}]"), [
            "scenario.yaml:8: interventions[0].visit_ages[1].replaces: 'first_home_visit' is replaced by an earlier visit too (allowed: each core visit replaced by one visit)",
        ])
        try expectProblems(programme("visit_ages: [1, 2, 3, 4, 5, 6, 7]"), [
            "scenario.yaml:8: interventions[0].visit_ages: has 7 visits (allowed: 1 to 6 ages in months; UX273–UX278 number visits 1–6)",
        ])
        try expectProblems(programme("visits: 7"), [
            "scenario.yaml:8: interventions[0].visits: 7 is out of range (allowed: a whole number from 1 to 6)",
        ])
    }

    /// Barn-HLR's settings and its optional target are checked like every other number.
    @Test func barnHLRSettingsAreChecked() throws {
        try expectProblems(scenario(replacing: "  staff_csv: staff.csv", with: """
              staff_csv: staff.csv
            targets: {barn_hlr: 1.5}
            interventions:
              - {name: HLR, type: barn_hlr, window_months: 13, families_per_session: 0}
            """), [
            "scenario.yaml:7: targets.barn_hlr: '1.5' is out of range (allowed: 0 ≤ x ≤ 1)",
            "scenario.yaml:9: interventions[0].window_months: 13 is out of range (allowed: a whole number from 1 to 12)",
            "scenario.yaml:9: interventions[0].families_per_session: '0' is out of range (allowed: 1 ≤ x ≤ 100)",
        ])
    }
}
