import ChildHealth
import TestSupport
import ResultFormat
import Testing
@testable import PlannerApp

/// Staffing advice as staffing.csv writes it, its notes, and the --targets list.
@Suite struct SizingFilesTests {
    @Test func anInfeasibleUnitsNoteSaysWhyAndWhatPoolingWouldDo() throws {
        let report = try Sizing.advise(Fixtures.smallRegion(trials: 200), request: SizingRequest(workers: 2))
        let row = try #require(SizingFiles.rows(report).first { $0.unit == "C" })
        #expect(!row.feasible && row.advisedFractions.isEmpty && row.advisedFTE == nil)
        #expect(row.note.contains("too few for even one nurse"))
        #expect(row.note.contains("pooled with B (the smallest unit in Växjö that makes it feasible)"))
        #expect(StaffingRow.csv(SizingFiles.rows(report)).contains("\nC,0.5,1,,,,no,"))
    }

    @Test func fractionsAreWrittenWithOneOrTwoDecimals() {
        #expect(FieldValue.fractions([1.0, 0.75, 0.5]).csvText == "1.0;0.75;0.5")
    }

    @Test func targetsAreReadByTheirIdentifiers() throws {
        #expect(try SizingTargets.parse("first_home_visit, epds,first_home_visit") == [.firstHomeVisit, .epds])
        #expect {
            try SizingTargets.parse("first_home_vist")
        } throws: { error in
            let failure = error as? CommandFailure
            return failure?.status == 2 && failure?.message == "bhvplan: --targets: 'first_home_vist' is not a nurse target "
                + "(did you mean first_home_visit?); allowed: newborns_per_nurse_fte, newborns_per_nurse, first_home_visit, "
                + "eight_month_home_visit, parent_group, epds, partner_talk"
        }
        #expect(throws: CommandFailure.self) { try SizingTargets.parse("newborns_per_doctor") }
    }
}
