import MonteCarlo
import Testing
@testable import ChildHealth

/// Acceptance fitted from the unit-years with ample nurse hours (``AcceptanceFit``).
@Suite struct AcceptanceFitTests {
    static func observations(_ unit: String, perFTE: Double, ceiling: Double, newborns: Int, firstHomeVisits: Int) -> [Observation] {
        [Observation(unit: unit, year: 2024, indicator: .newbornsPerNurseFTE, value: perFTE, children: newborns, threshold: .atMost(ceiling)),
         Observation(unit: unit, year: 2024, indicator: .firstHomeVisit, value: Double(firstHomeVisits) / Double(newborns),
                     children: newborns, threshold: .atLeast(0.9))]
    }

    /// A (20 per FTE, ceiling 55) and B (44 = 80% of 55) are ample; C (46 of a 55 ceiling) is not,
    /// and its low coverage is left out: (9 + 16) / 30.
    @Test func poolsOnlyUnitYearsWithAmpleHours() throws {
        let fit = try #require(AcceptanceFit(.firstHomeVisit, observations:
            Self.observations("A", perFTE: 20, ceiling: 55, newborns: 10, firstHomeVisits: 9)
            + Self.observations("B", perFTE: 44, ceiling: 55, newborns: 20, firstHomeVisits: 16)
            + Self.observations("C", perFTE: 46, ceiling: 55, newborns: 30, firstHomeVisits: 15)))
        #expect(fit.acceptance == 25.0 / 30)
        #expect(abs(fit.standardError - (25.0 / 30 * (5.0 / 30) / 30).squareRoot()) < 1e-15)
        #expect(fit.children == 30 && fit.unitYears == 2)
    }

    /// Without an ample unit-year nothing is fitted, and the calibration says why.
    @Test func noAmpleUnitYearFitsNothing() {
        let short = Self.observations("C", perFTE: 50, ceiling: 55, newborns: 30, firstHomeVisits: 15)
        #expect(AcceptanceFit(.firstHomeVisit, observations: short) == nil)
        #expect(Calibration(short).notFitted.contains { $0.hasPrefix("workload.first_home_visit.acceptance: no unit-year") })
    }
}
