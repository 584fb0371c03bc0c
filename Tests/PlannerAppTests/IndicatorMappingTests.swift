import ChildHealth
import MonteCarlo
import ResultFormat
import Testing
@testable import PlannerApp

/// The domain's indicators and the result files' identifiers agree on every indicator: one
/// identifier each, the same kind of target (where the scenario sets one: Barn-HLR has none by
/// default) and the same direction of "better".
@Suite struct IndicatorMappingTests {
    @Test(arguments: Indicator.allCases)
    func domainAndFileAgree(indicator: Indicator) {
        let id = IndicatorID(indicator)
        #expect(Indicator(id: id.rawValue) == indicator)
        var targets = Targets()
        targets.barnHLR = 0.5
        switch indicator.threshold(targets: targets, ceiling: 50) {
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
