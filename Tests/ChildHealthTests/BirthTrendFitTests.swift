import Foundation
import Testing
@testable import ChildHealth

/// The births' trend and variation fitted to newborns per unit and year (``BirthTrendFit``).
@Suite struct BirthTrendFitTests {
    /// Counts exactly on a 10% fall: the slope is log 0.9, no residual is left (so no variation
    /// beyond Poisson, CV 0, and the dispersion stays at 1), and the standard error is the one the
    /// Fisher information gives with the unit levels profiled out, worked out by hand below.
    @Test func countsOnAGeometricFallGiveItsTrendExactly() throws {
        let fit = try #require(BirthTrendFit(newborns: [
            (unit: "A", year: 2020, count: 100), (unit: "A", year: 2021, count: 90),
            (unit: "B", year: 2020, count: 50), (unit: "B", year: 2021, count: 45),
        ]))
        #expect(abs(fit.trendPerYear - (-0.1)) < 1e-9)
        #expect(fit.rateCV == 0)
        // Years at ±0.5 about the centre 2020.5: per unit Σμx² − (Σμx)²/Σμ.
        let information = (47.5 - 25.0 / 190) + (23.75 - 6.25 / 95)
        #expect(abs(fit.slopeStandardError - (1 / information).squareRoot()) < 1e-9)
        #expect(abs(fit.trendStandardError - 0.9 * (1 / information).squareRoot()) < 1e-9)
        #expect(abs(try #require(fit.expected(unit: "A", year: 2022)) - 81) < 1e-6)
        #expect(fit.observations == 4 && fit.units == 2 && fit.years == 2020...2021)
    }

    /// A slope needs two years of some unit.
    @Test func oneYearFitsNothing() {
        #expect(BirthTrendFit(newborns: [(unit: "A", year: 2020, count: 100), (unit: "B", year: 2020, count: 40)]) == nil)
    }

    /// Counts scattered more than Poisson about a flat level show it as a positive CV: two units
    /// alternating 80/120 about 100 have (n − μ)² = 400 each; with 4 unit-years and 3 parameters
    /// each term is (400·4 − 100)/100² = 0.15, so CV = √0.15.
    @Test func scatterBeyondPoissonIsTheRateCV() throws {
        let fit = try #require(BirthTrendFit(newborns: [
            (unit: "A", year: 2020, count: 80), (unit: "A", year: 2021, count: 120),
            (unit: "B", year: 2020, count: 120), (unit: "B", year: 2021, count: 80),
        ]))
        #expect(abs(fit.trendPerYear) < 1e-9)
        #expect(abs(fit.rateCV - 0.15.squareRoot()) < 1e-9)
    }
}
