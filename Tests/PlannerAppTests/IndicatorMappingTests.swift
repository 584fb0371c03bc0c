import ChildHealth
import MonteCarlo
import ResultFormat
import Testing
@testable import PlannerApp

/// The domain's indicators and the result files' identifiers agree on every indicator: one
/// identifier each, the same kind of target and the same direction of "better".
@Suite struct IndicatorMappingTests {
    @Test(arguments: Indicator.allCases)
    func domainAndFileAgree(indicator: Indicator) {
        let id = IndicatorID(indicator)
        #expect(Indicator(id: id.rawValue) == indicator)
        switch indicator.threshold(targets: Targets(), ceiling: 50) {
        case .atMost?: #expect(id.targetKind == .atMost)
        case .atLeast?: #expect(id.targetKind == .atLeast)
        case nil: #expect(id.targetKind == nil)
        }
        switch indicator.betterDirection {
        case .higherIsBetter?: #expect(id.betterDirection == .higher)
        case .lowerIsBetter?: #expect(id.betterDirection == .lower)
        case nil: #expect(id.betterDirection == nil)
        }
    }

    @Test func everyIdentifierHasADomainIndicator() {
        #expect(Set(Indicator.allCases.map(IndicatorID.init)) == Set(IndicatorID.allCases))
    }
}
