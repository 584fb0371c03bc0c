import Foundation
import TestSupport
import Testing
@testable import ChildHealth

@Suite struct BirthModelTests {
    /// Gamma–Poisson births: mean within 3 standard errors of the trend's expectation, and the
    /// negative-binomial variance μ + (CV·μ)².
    @Test func simulatedBirthsHaveTheModelsMeanAndVariance() throws {
        var scenario = Fixtures.deterministic(newborns: 120, horizon: 3, trials: 4000)
        scenario.births = BirthAssumptions()
        scenario.births.trendPerYear = -0.02
        scenario.births.rateCV = 0.05
        let result = try #require(Planner.run(scenario, workers: 2))
        for (offset, year) in [2026, 2027, 2028].enumerated() {
            let births = try #require(result.aggregate(unit: "U1", year: year, indicator: .newborns))
            let mu = 120 * pow(0.98, Double(offset))
            #expect(abs(births.mean - mu) < 3 * births.standardError, "year \(year): \(births.mean) vs \(mu)")
            let variance = mu + (0.05 * mu) * (0.05 * mu)
            // Standard error of a sample variance ≈ σ² √(2/(n−1)) for a near-normal count.
            #expect(abs(births.variance - variance) < 4 * variance * (2.0 / 3999).squareRoot(),
                    "year \(year): variance \(births.variance) vs \(variance)")
        }
    }

    @Test func poissonBirthsHaveNoExtraVariance() throws {
        var scenario = Fixtures.deterministic(newborns: 60, horizon: 1, trials: 4000)
        scenario.births.randomness = .poisson
        let result = try #require(Planner.run(scenario, workers: 2))
        let births = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .newborns))
        #expect(abs(births.mean - 60) < 3 * births.standardError)
        #expect(abs(births.variance - 60) < 4 * 60 * (2.0 / 3999).squareRoot())
    }

    @Test func historyGivesTheExpectedCountAndItsOverdispersion() throws {
        // Flat history at Poisson-level noise: no extra variation.
        let calm = try #require(BirthHistoryFit(history: [2021: 100, 2022: 104, 2023: 97, 2024: 101, 2025: 99],
                                                startYear: 2026, trend: 0))
        #expect(abs(calm.expected - 100.0 / 1) < 1.01)
        #expect(calm.rateCV == 0)
        // Swings far beyond Poisson: CV² = (s² − μ)/μ².
        let swinging = try #require(BirthHistoryFit(history: [2021: 80, 2022: 120, 2023: 80, 2024: 120],
                                                    startYear: 2026, trend: 0))
        let variance = 4 * 400.0 / 3
        #expect(abs(swinging.rateCV - (variance - 100).squareRoot() / 100) < 1e-12)
        // The last three years' mean, carried forward by the trend to the start year.
        let trending = try #require(BirthHistoryFit(history: [2023: 100, 2024: 100, 2025: 100], startYear: 2026, trend: -0.1))
        #expect(abs(trending.expected - 100 * pow(0.9, 2)) < 1e-9)
    }

    @Test func plannedBirthsReplaceTheFirstMonths() throws {
        var scenario = Fixtures.deterministic(newborns: 120, horizon: 1)
        scenario.units[0].plannedBirths = [20, 20, 20]
        let result = try #require(Planner.run(scenario, workers: 1))
        // 3 planned months of 20 instead of 3 × 10.
        #expect(result.aggregate(unit: "U1", year: 2026, indicator: .newborns)?.mean == 150)
    }
}
