import Testing
@testable import WebServer

/// Probabilities in percent as the pages show them, and their changes in percentage points.
@Suite struct PercentTextTests {
    @Test func probabilitiesAreWholePercentNeverRoundedAcrossABandOrToCertainty() {
        let shown = [0, 0.0005, 0.01, 0.29, 0.4999, 0.7995, 0.8, 0.9899, 0.9995, 1].map { PercentText.probability($0, language: .en) }
        #expect(shown == ["0%", "< 1%", "1%", "29%", "49%", "79%", "80%", "98%", "> 99%", "100%"].map {
            $0.replacingOccurrences(of: " ", with: "\u{00A0}")
        })
        #expect(PercentText.probability(0.291, language: .sv) == "29\u{00A0}%")
    }

    @Test func changesAreSignedPercentagePointsToOneDecimal() {
        #expect(PercentText.points(0.224, language: .en) == "+22.4")
        #expect(PercentText.points(-0.05, language: .sv) == "−5,0")
        #expect(PercentText.points(0, language: .sv) == "0")
    }
}
