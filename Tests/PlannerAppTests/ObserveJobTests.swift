@testable import ChildHealth
import ResultFormat
import Testing
@testable import PlannerApp

/// What `observe` prints and writes: small cells masked on the terminal, never in observed.csv.
@Suite struct ObserveJobTests {
    /// Five children in A (each with a first home visit) and two in B (one with one), all of 2024.
    private static let count: FollowUpCount = {
        let children = [("a1", "A"), ("a2", "A"), ("a3", "A"), ("a4", "A"), ("a5", "A"), ("b1", "B"), ("b2", "B")]
        let registrations = children.enumerated().map { line, child in
            Registration(child: child.0, born: YearMonth(year: 2024, month: 3), date: CalendarDay(year: 2024, month: 4, day: 1),
                         code: child.0 == "b2" ? "ignore me" : "Hembesök nyfödd", unitOnNewYearsEve: child.1, file: "r.csv", line: line + 2)
        }
        return FollowUpCount(FollowUpExtract(registrations: registrations), codes: CodeMap(["Hembesök nyfödd": .activity(.firstHomeVisit),
                                                                                       "ignore me": .ignored]))
    }()

    @Test func theTerminalMasksCellsOfFewerThanFiveChildren() {
        let lines = ObserveJob.table(Self.count).split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("A 2024 newborns 5"))
        #expect(lines.contains("A 2024 first_home_visit 1 0.9 yes"))
        #expect(lines.contains("B 2024 newborns <5"))
        #expect(lines.contains("B 2024 first_home_visit <5 0.9"))
        #expect(ObserveJob.warnings(Self.count).isEmpty)
    }

    @Test func observedCSVKeepsEveryValueInTheResultsColumns() throws {
        let csv = ObservedRow.csv(ObserveJob.rows(Self.count))
        #expect(csv.hasPrefix("scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined,mean_se,p_meet_se\n"))
        #expect(csv.contains("\nobserved,B,2024,newborns,2,,,,,,2,,\n"))
        #expect(csv.contains("\nobserved,B,2024,first_home_visit,0.5,,,,0,0.9,2,,\n"))
        #expect(try ObservedRow.read(csv: csv, fileName: "observed.csv") == ObserveJob.rows(Self.count))
    }
}
