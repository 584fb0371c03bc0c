import Foundation
import Testing
@testable import ChildHealth

/// The follow-up's inputs: the bundled code map, and the exact message for each kind of bad row.
@Suite struct FollowUpInputTests {
    private func problems(_ name: String, _ text: String) throws -> [String] {
        let paths = try FollowUpCountTests.files([name: text])
        let path = paths[name]!
        do {
            switch name {
            case "codes.yaml": _ = try CodeMap.read(path: path)
            case "connections.csv": _ = try FollowUpReader.read(registrations: [], connections: path, staffing: nil)
            case "staffing.csv": _ = try FollowUpReader.read(registrations: [], connections: nil, staffing: path)
            default: _ = try FollowUpReader.read(registrations: [path], connections: nil, staffing: nil)
            }
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: path, with: name) }
        }
    }

    @Test func theDefaultMapNamesTheKnownKVACodes() throws {
        let map = try CodeMap.read(yaml: CodeMap.defaultYAML, file: "default")
        #expect(map == CodeMap.kvaDefault)
        #expect(map.event(of: "ux273") == .extendedVisit(1))
        #expect(map.event(of: " UX278 ") == .extendedVisit(6))
        #expect(map.event(of: "UX284") == .extendedDeclined)
        #expect(map.event(of: "UX293") == .extendedNotOffered)
        #expect(map.event(of: "UX294") == .extendedLeft)
        #expect(map.event(of: "UX552") == .barnHLR(.tookPart))
        #expect(map.event(of: "EPDS") == .activity(.epds))
        #expect(map.lastExtendedVisit == 6)
        #expect(map.event(of: "Inskrivning BVC") == .ignored)
        #expect(map.events.count == 20)
    }

    @Test func aBadCodeMapNamesTheLineTheCodeAndWhatIsAllowed() throws {
        #expect(try problems("codes.yaml", "codes:\n  UX273: ext_visit_one\n  ux273: ignore\n") == [
            "codes.yaml:2: codes.UX273: 'ext_visit_one' is not something the follow-up counts (allowed: first_home_visit, "
                + "eight_month_home_visit, parent_group, epds, partner_talk, ext_visit_1 … ext_visit_12, ext_declined, "
                + "ext_not_offered, ext_left, barn_hlr_not_offered, barn_hlr_offered, barn_hlr_took_part, barn_hlr_declined, "
                + "barn_hlr_partner, ignore)",
            "codes.yaml:3: codes.ux273: is given twice, first at line 2 (allowed: each code once, whatever its case)",
        ])
        #expect(try problems("codes.yaml", "kodes: {}\n") == [
            "codes.yaml:1: kodes: unknown field; did you mean 'codes'? (allowed: codes)",
        ])
    }

    @Test func aBadRegistrationNamesTheFileLineFieldAndWhatIsAllowed() throws {
        #expect(try problems("r.csv", """
            child,born,date,code
            a1,2024-13,2024-01-10,EPDS
            a2,2024-02,2024-02-30,EPDS
            a3,2024-05,2024-04-20,EPDS
            ,2024-05,2024-05-20,EPDS
            a5,2024-05,2024-05-20,EPDS
            a5,2024-06,2024-06-20,EPDS

            """) == [
            "r.csv:2: born: '2024-13' is not a year and month (allowed: YYYY-MM, e.g. 2024-03)",
            "r.csv:3: date: '2024-02-30' is not a date (allowed: YYYY-MM-DD, e.g. 2024-03-15)",
            "r.csv:4: date: 2024-04-20 is before the child was born (2024-05) (allowed: a date in or after the month of birth)",
            "r.csv:5: child: is empty (allowed: a non-empty text)",
            "r.csv:7: born: 2024-06 differs from 2024-05 at r.csv:6 for child 'a5' (allowed: one birth month per child)",
        ])
        #expect(try problems("r.csv", "child,born,date\na1,2024-01,2024-01-10\n") == [
            "r.csv:1: code: missing column (allowed: the columns child, born, date, code; optional unit)",
        ])
    }

    @Test func aChildIsInOneUnitOnEachNewYearsEve() throws {
        #expect(try problems("r.csv", "child,born,date,code,unit\nm1,2024-03,2024-03-20,EPDS,A\nm1,2024-03,2024-12-20,EPDS,B\n") == [
            "r.csv:3: unit: 'B' differs from 'A' at r.csv:2 for child 'm1' in 2024 (allowed: the one unit the child was "
                + "connected to on 31 December of the registration's year)",
        ])
        #expect(try problems("connections.csv", "child,unit,from,to\nm1,A,2024-03-05,2024-12-20\nm1,B,2024-12-15,\nm2,A,2024-03-05,2024-01-01\n") == [
            "connections.csv:3: from: child 'm1' would be connected to 'A' and 'B' at once from 2024-12-15 (allowed: one unit at a time)",
            "connections.csv:4: to: 2024-01-01 is before from (2024-03-05) (allowed: a day on or after from, or empty while still connected)",
        ])
    }

    @Test func theStaffingReportReadsSwedishExcelAndRefusesBadValues() throws {
        let paths = try FollowUpCountTests.files(["s.csv": "unit;year;nurse_fte;nurse_persons;doctor_persons\nA;2024;1,5;2;1\n"])
        let extract = try FollowUpReader.read(registrations: [], connections: nil, staffing: paths["s.csv"])
        #expect(extract.staffing == [StaffingReport(unit: "A", year: 2024, nurseFTE: 1.5, nursePersons: 2, doctorPersons: 1, cni: nil)])
        #expect(try problems("staffing.csv", "unit,year,nurse_fte,nurse_persons,doctor_persons\nA,2024,-1,2,1\nB,2024,1,2.5,1\nC,2024,1,2,1\nC,2024,1,2,1\n") == [
            "staffing.csv:2: nurse_fte: '-1' is out of range (allowed: a number ≥ 0)",
            "staffing.csv:3: nurse_persons: '2.5' is not a whole number in range (allowed: 0–10000)",
            "staffing.csv:5: year: unit 'C' has another row for 2024 (allowed: one row per unit and year)",
        ])
    }
}
