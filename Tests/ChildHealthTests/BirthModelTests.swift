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

    @Test func historyGivesTheExpectedCount() throws {
        // The last three years (97, 101, 99) average 99 exactly, and with no trend that is the
        // start year's expectation. All five years average 100.2, so a fit on every year is caught.
        let calm = try #require(BirthHistoryFit(history: [2021: 100, 2022: 104, 2023: 97, 2024: 101, 2025: 99],
                                                startYear: 2026, trend: 0))
        #expect(abs(calm.expected - 99) < 1e-12)
        // The last three years' mean, carried forward by the trend to the start year.
        let trending = try #require(BirthHistoryFit(history: [2023: 100, 2024: 100, 2025: 100], startYear: 2026, trend: -0.1))
        #expect(abs(trending.expected - 100 * pow(0.9, 2)) < 1e-9)
    }

    /// A unit that shrank: the last three years (2023–2025: 90, 100, 110, mean 100) and all five
    /// (mean 140) differ, and the expectation follows the last three only. Their mean year is 2024,
    /// so a trend of +5% carries it two years: 100 × 1.05² = 110.25.
    @Test func historyExpectationUsesTheLastThreeYearsOnly() throws {
        let history = [2021: 200, 2022: 200, 2023: 90, 2024: 100, 2025: 110]
        let flat = try #require(BirthHistoryFit(history: history, startYear: 2026, trend: 0))
        #expect(abs(flat.expected - 100) < 1e-12)
        let rising = try #require(BirthHistoryFit(history: history, startYear: 2026, trend: 0.05))
        #expect(abs(rising.expected - 110.25) < 1e-9)
        // Unsorted input years make no difference: the last three are the latest three.
        let shuffled = try #require(BirthHistoryFit(history: [2025: 110, 2021: 200, 2024: 100, 2022: 200, 2023: 90],
                                                    startYear: 2026, trend: 0))
        #expect(abs(shuffled.expected - 100) < 1e-12)
        // Two years: their mean (mean year 2024.5, 1.5 years to go at no trend) and no fitted variation.
        let short = try #require(BirthHistoryFit(history: [2024: 50, 2025: 70], startYear: 2026, trend: 0))
        #expect(abs(short.expected - 60) < 1e-12)
    }

    @Test func plannedBirthsReplaceTheFirstMonths() throws {
        var scenario = Fixtures.deterministic(newborns: 120, horizon: 1)
        scenario.units[0].plannedBirths = [0: 20, 1: 20, 2: 20]
        let result = try #require(Planner.run(scenario, workers: 1))
        // 3 planned months of 20 instead of 3 × 10.
        #expect(result.aggregate(unit: "U1", year: 2026, indicator: .newborns)?.mean == 150)
    }

    /// A due-date list as a CSV (unit, month, births) replaces the model's births for the months
    /// it covers, any month of the projected years: here March and the next January of unit A.
    @Test func plannedBirthsFromADueDateList() throws {
        let scenarioText = ValidationFixture.scenario.replacingOccurrences(
            of: "staff_csv: staff.csv", with: "staff_csv: staff.csv\n  planned_births_csv: planned.csv")
        let fixture = try ValidationFixture(["scenario.yaml": scenarioText,
                                             "planned.csv": "unit,month,births\nA,2026-03,31\nA,2027-01,4\n"])
        defer { fixture.remove() }
        var scenario = try ScenarioLoader.load(path: fixture.scenarioPath)
        #expect(scenario.units[0].plannedBirths == [2: 31, 12: 4])
        #expect(scenario.units[1].plannedBirths.isEmpty)
        // Without randomness, 100 a year is 100/12 a month: March's share becomes 31, next January 4.
        scenario.births.randomness = .none
        scenario.births.trendPerYear = 0
        scenario.births.seasonality = Array(repeating: 1, count: 12)
        scenario.units[0].expectedNewborns = 120
        let result = try #require(Planner.run(scenario, workers: 1))
        // 120 − 10 + 31 and 120 − 10 + 4.
        #expect(result.aggregate(unit: "A", year: 2026, indicator: .newborns)?.mean == 141)
        #expect(result.aggregate(unit: "A", year: 2027, indicator: .newborns)?.mean == 114)
    }

    @Test func aDueDateListNamesProjectedMonthsOfKnownUnitsOnce() throws {
        let scenarioText = ValidationFixture.scenario.replacingOccurrences(
            of: "staff_csv: staff.csv", with: "staff_csv: staff.csv\n  planned_births_csv: planned.csv")
        let fixture = try ValidationFixture(["scenario.yaml": scenarioText,
                                             "planned.csv": "unit,month,births\nA,2025-12,3\nA,2026-3,4\nA,2026-04,5\nA,2026-04,6\nZ,2026-05,7\n"])
        defer { fixture.remove() }
        #expect(fixture.problems() == [
            "planned.csv:2: month: '2025-12' is not a projected month (allowed: YYYY-MM from 2026-01 to 2027-12)",
            "planned.csv:3: month: '2026-3' is not a projected month (allowed: YYYY-MM from 2026-01 to 2027-12)",
            "planned.csv:5: month: 2026-04 is given twice for unit 'A' (allowed: one row per unit and month)",
            "planned.csv:6: unit: 'Z' is not a unit of the region (allowed: a unit id from units_csv or region.units)",
        ])
    }
}
