import Testing
import ResultFormat

/// Observed rows: which values reports and the terminal mask, and what a row may hold.
@Suite struct ObservedRowTests {
    private func row(_ indicator: String, _ value: Double, children: Int) -> ObservedRow {
        ObservedRow(unit: "A", year: 2024, indicator: indicator, value: value, met: nil, target: nil, children: children)
    }

    @Test func masksValuesRestingOnFewerThanFiveChildrenAndCountsOfOneToFour() {
        #expect(row("first_home_visit", 0.75, children: 4).isMasked)
        #expect(!row("first_home_visit", 0.8, children: 5).isMasked)
        #expect(row("newborns", 4, children: 4).isMasked)
        #expect(!row("newborns", 5, children: 5).isMasked)
        #expect(row("ext_declined", 4, children: 40).isMasked)
        #expect(!row("ext_declined", 5, children: 40).isMasked)
        #expect(!row("ext_declined", 0, children: 40).isMasked)
        #expect(!row("newborns_per_nurse_fte", 3, children: 6).isMasked)
    }

    @Test func pMeetIsOneZeroOrEmpty() {
        let csv = "scenario,unit,year,indicator,mean,p05,p50,p95,p_meet,target,n_defined\nobserved,A,2024,epds,0.5,,,,0.5,0.9,8\n"
        #expect(throws: ResultFormatError.self) { try ObservedRow.read(csv: csv, fileName: "observed.csv") }
    }
}
