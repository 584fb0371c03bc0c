import Testing
import ResultFormat

/// The indicator identifiers' order, targets and directions, as every result file and report uses them.
@Suite struct IndicatorIDTests {
    @Test func indicatorsSortInCatalogueOrder() {
        #expect(IndicatorID.sorted(["units_meeting_epds", "zeta", "epds", "newborns", "units_meeting_first_home_visit"])
            == ["newborns", "epds", "zeta", "units_meeting_first_home_visit", "units_meeting_epds"])
    }

    @Test func onlyTheFTEIndicatorHasACeiling() {
        #expect(IndicatorID.newbornsPerNurseFTE.targetKind == .atMost)
        #expect(IndicatorID.firstHomeVisit.targetKind == .atLeast)
        #expect(IndicatorID.allCases.filter { $0.targetKind == .atMost } == [.newbornsPerNurseFTE])
        #expect(IndicatorID.allCases.filter { $0.targetKind != nil }.count == 9)
    }

    @Test func betterDirectionsOfRows() {
        #expect(IndicatorID.betterDirection(ofRow: "newborns_per_nurse_fte") == .lower)
        #expect(IndicatorID.betterDirection(ofRow: "nurse_utilisation") == .lower)
        #expect(IndicatorID.betterDirection(ofRow: "nurse_fte_available") == .higher)
        #expect(IndicatorID.betterDirection(ofRow: "units_meeting_epds") == .higher)
        #expect(IndicatorID.betterDirection(ofRow: "newborns") == nil)
        #expect(IndicatorID.betterDirection(ofRow: "ext_reached") == nil)
        #expect(IndicatorID.betterDirection(ofRow: "no_such_indicator") == nil)
        #expect(IndicatorID.counted(byUnitsMeeting: "units_meeting_partner_talk") == .partnerTalk)
        #expect(IndicatorID.counted(byUnitsMeeting: "partner_talk") == nil)
    }
}
