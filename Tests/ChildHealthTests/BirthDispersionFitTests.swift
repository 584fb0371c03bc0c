import Foundation
import MonteCarlo
import TestSupport
import Testing
@testable import ChildHealth

/// The region's fit of how much births vary beyond Poisson, from every unit's history.
@Suite struct BirthDispersionFitTests {
    /// Worked by hand. Unit A, 2021–2024: 80, 120, 80, 120; mean 100; its own trend has slope
    /// Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 40/5 = 8, residuals −8, 24, −24, 8, so s² = 1280/2 = 640 and
    /// (s² − μ)/μ² = 540/10,000 = 0.054 on 2 degrees of freedom. Unit B, three years of 50: s² = 0,
    /// (0 − 50)/2,500 = −0.02 on 1. Pooled: (2·0.054 − 0.02)/3 = 0.029333…, CV = 0.171270.
    /// Unit C (two years) cannot be taken about a trend and is left out.
    @Test func poolsTheUnitsAboutTheirOwnTrends() throws {
        let fit = try #require(BirthDispersionFit(histories: [
            [2021: 80, 2022: 120, 2023: 80, 2024: 120], [2023: 50, 2024: 50, 2025: 50], [2024: 10, 2025: 90],
        ]))
        #expect(abs(fit.rateCV - (0.088 / 3).squareRoot()) < 1e-12)
        #expect(fit.units == 2 && fit.degreesOfFreedom == 3 && fit.years == 2021...2025)
    }

    /// A steady trend is not variation: a unit growing by exactly 10 a year has residuals 0.
    @Test func aTrendIsNotVariation() throws {
        let fit = try #require(BirthDispersionFit(histories: [[2020: 100, 2021: 110, 2022: 120, 2023: 130, 2024: 140]]))
        #expect(fit.rateCV == 0)
    }

    /// Histories as calm as Poisson give CV 0, never a negative variance; fewer than three
    /// years anywhere give no fit; a wild history is capped at 0.5.
    @Test func calmShortAndWildHistories() throws {
        #expect(BirthDispersionFit(histories: [[2024: 50, 2025: 70], [:]]) == nil)
        let calm = try #require(BirthDispersionFit(histories: [[2021: 100, 2022: 104, 2023: 97, 2024: 101, 2025: 99]]))
        #expect(calm.rateCV == 0)
        let wild = try #require(BirthDispersionFit(histories: [[2021: 20, 2022: 180, 2023: 20, 2024: 180, 2025: 20]]))
        #expect(wild.rateCV == 0.5)
    }

    /// 300 units × 7 years of gamma–Poisson births (mean 100 about a trend of −2% a year, rate
    /// CV 0.10) give back a CV near 0.10: the estimate's standard error here is about 0.006.
    @Test func recoversAKnownVariation() throws {
        let owner = RandomStream(key: StreamKey(seed: 21, trial: 0, subject: 0, component: 0))
        let histories = withExtendedLifetime(owner) {
            let random = owner.generator
            return (0..<300).map { _ in
                Dictionary(uniqueKeysWithValues: (2019...2025).map { year in
                    let mean = 100 * pow(0.98, Double(year - 2019))
                    return (year, Int(random.poisson(mean: mean * random.gamma(mean: 1, coefficientOfVariation: 0.1))))
                })
            }
        }
        let fit = try #require(BirthDispersionFit(histories: histories))
        #expect(abs(fit.rateCV - 0.1) < 0.02, "\(fit.rateCV)")
        #expect(fit.units == 300 && fit.degreesOfFreedom == 1_500)
    }

    /// Units with history get the fitted CV; a unit without gets at least it (here the
    /// scenario's larger 0.3 stays, and with 0.01 the fitted one is used); the fit is printed.
    @Test func everyUnitGetsItsCVAndTheFitIsAnAssumption() throws {
        var scenario = Fixtures.deterministic(newborns: 100, horizon: 1)
        var listed = scenario.units[0]
        listed.id = "H"
        listed.history = [2021: 80, 2022: 120, 2023: 80, 2024: 120]
        scenario.units.append(listed)
        scenario.births.rateCV = 0.3
        scenario.fitBirthDispersion()
        let fitted = (0.054).squareRoot()
        #expect(abs(scenario.units[1].birthRateCV! - fitted) < 1e-12)
        #expect(scenario.units[0].birthRateCV == 0.3)
        scenario.births.rateCV = 0.01
        scenario.fitBirthDispersion()
        #expect(abs(scenario.units[0].birthRateCV! - fitted) < 1e-12)
        let row = try #require(scenario.assumptions.first { $0.name == "births.rate_cv_fitted" })
        #expect(row.value == "0.232379")
        #expect(row.source.hasPrefix("fitted to the region's births history 2021–2024: 1 units,"))
    }

    /// A history year at or after the start year is the model's to draw: refused where it stands.
    @Test func historyFromTheProjectedYearsIsRefused() throws {
        let fixture = try ValidationFixture([
            "scenario.yaml": ValidationFixture.scenario.replacingOccurrences(of: "staff_csv: staff.csv", with: "staff_csv: staff.csv\n  births_csv: births.csv"),
            "births.csv": "unit,year,newborns\nA,2024,98\nA,2025,101\nA,2030,999\n",
        ])
        defer { fixture.remove() }
        #expect(fixture.problems() == [
            "births.csv:4: year: 2030 is not before start_year 2026 (allowed: history years up to 2025; known births of the start year go in planned_births)",
        ])
    }
}
