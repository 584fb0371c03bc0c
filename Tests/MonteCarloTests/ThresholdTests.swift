import MonteCarlo
import Testing

/// A target is met on its bound: "at least 25 newborns" holds at exactly 25, "at most 55 per FTE"
/// at exactly 55; an undefined value never meets it.
@Suite struct ThresholdTests {
    @Test func aValueOnTheBoundMeetsTheTarget() {
        #expect(Threshold.atLeast(25).isMet(by: 25))
        #expect(!Threshold.atLeast(25).isMet(by: 24.999))
        #expect(Threshold.atMost(55).isMet(by: 55))
        #expect(!Threshold.atMost(55).isMet(by: 55.001))
        #expect(!Threshold.atLeast(0).isMet(by: .nan) && !Threshold.atMost(1e9).isMet(by: .nan))
    }
}
