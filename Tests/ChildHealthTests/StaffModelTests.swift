import Foundation
import TestSupport
import Testing
@testable import ChildHealth

@Suite struct StaffModelTests {
    /// Default vacation: 27 days a year against 12 × 21.7 = 260.4 working days, so 27/260.4 =
    /// 0.1036866 of the year's working time (no month's share reaches 1: July, the largest, is
    /// 27 × 0.55/21.7 = 0.684); sickness a flat 0.065. Available FTE of 1.75 contracted:
    /// 1.75 × (1 − 0.1036866 − 0.065) = 1.4547984. A flat profile of weights 1 (summing to 12,
    /// not 1) with 26.04 days takes 26.04/12/21.7 = 0.1 of every month: 1.75 × 0.835 = 1.46125.
    @Test func availableFTEIsExactWithoutRandomAbsence() throws {
        var scenario = Fixtures.deterministic(nurses: [1.0, 0.75])
        let result = try #require(Planner.run(scenario, workers: 1))
        let available = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        #expect(abs(available.mean - 1.4547984) < 1e-6, "\(available.mean)")
        #expect(available.quantile(0.05) == available.quantile(0.95))
        scenario.staffing.vacationDays = 26.04
        scenario.staffing.vacationProfile = Array(repeating: 1, count: 12)
        let flat = try #require(Planner.run(scenario, workers: 1)?.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        #expect(abs(flat.mean - 1.46125) < 1e-6, "\(flat.mean)")
    }

    /// All 30 vacation days in July: July's share is min(1, 30/21.7) = 1, so July has nothing
    /// left, not a negative 1 − 1.38 − 0.065; the other 11 months lose only sickness (0.065).
    /// One FTE is available 11 × 0.935 / 12 = 0.8570833 on average over the year.
    @Test func aMonthAllOnVacationGivesNoHoursAndNoNegativeOnes() throws {
        var scenario = Fixtures.deterministic(nurses: [1.0])
        scenario.staffing.vacationDays = 30
        scenario.staffing.vacationProfile = [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]
        let result = try #require(Planner.run(scenario, workers: 1))
        let available = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        #expect(abs(available.mean - 0.8570833) < 1e-6, "\(available.mean)")
    }

    /// Random sickness S, exponential (CV 1) with mean m = 0.5, on top of a flat vacation of
    /// 0.2 of every month (52.08 days = 0.2 × 12 × 21.7): a month's share at work is
    /// max(0, 0.8 − S), never negative. E[max(0, a − S)] = a − m(1 − e^(−a/m)) = 0.3 + 0.5 e^(−1.6)
    /// = 0.4009 per FTE (without the clip at zero 0.3, clipping S at 1 alone 0.3677).
    @Test func randomSicknessIsClippedAtTheWholeMonth() throws {
        var scenario = Fixtures.deterministic(nurses: [1.0, 1.0], horizon: 1, trials: 2000)
        scenario.staffing.vacationDays = 52.08
        scenario.staffing.vacationProfile = Array(repeating: 1, count: 12)
        scenario.staffing.sickLeaveMean = 0.5
        scenario.staffing.sickLeaveCV = 1
        let result = try #require(Planner.run(scenario, workers: 2))
        let available = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        let expected = 2 * (0.3 + 0.5 * exp(-1.6))
        #expect(abs(available.mean - expected) < 4 * available.standardError, "\(available.mean) vs \(expected)")
        #expect(available.quantile(0.05) >= 0 && available.quantile(0.95) <= 1.6)
    }

    /// P(at work in month t) for a person at work from month 0 who, after any month at work,
    /// goes away with the monthly chance q = 1 − (1 − perYear)^(1/12) (so perYear a year) for
    /// K = 1 + Poisson(meanMonths − 1) months (mean `meanMonths`, at least one): away periods do
    /// not overlap, so P(away at t) = Σ_{s<t} q · P(at work at s) · P(K ≥ t − s). Worked from the
    /// documented rule, not from the simulator.
    static func atWork(months: Int, perYear: Double, meanMonths: Double) -> [Double] {
        let q = 1 - pow(1 - perYear, 1.0 / 12)
        let lambda = meanMonths - 1
        // P(K ≥ k) = P(Poisson(λ) ≥ k − 1) = 1 − Σ_{j < k−1} e^(−λ) λ^j / j!.
        func awayAtLeast(_ k: Int) -> Double {
            var term = exp(-lambda), below = 0.0
            for j in 0..<max(0, k - 1) { below += term; term *= lambda / Double(j + 1) }
            return 1 - below
        }
        var work: [Double] = []
        for t in 0..<months {
            let away = (0..<t).reduce(0.0) { $0 + q * work[$1] * awayAtLeast(t - $1) }
            work.append(1 - away)
        }
        return work
    }

    /// Long leave (parental and long-term) for ten nurses, no vacation or sickness: each
    /// year's available FTE is 10 × the mean of P(at work) over its months (months 12–23 and
    /// 24–35 after the burn-in year's January), within 4 standard errors.
    @Test func longLeaveTakesTheDerivedShareOfTheYear() throws {
        var scenario = Fixtures.deterministic(nurses: Array(repeating: 1.0, count: 10), horizon: 2, trials: 2000)
        scenario.staffing.vacationDays = 0
        scenario.staffing.sickLeaveMean = 0
        scenario.staffing.longLeavePerYear = 0.5
        scenario.staffing.longLeaveMeanMonths = 6
        let result = try #require(Planner.run(scenario, workers: 2))
        let work = Self.atWork(months: 36, perYear: 0.5, meanMonths: 6)
        for (index, year) in [2026, 2027].enumerated() {
            let expected = 10 * work[(12 * (index + 1))..<(12 * (index + 2))].reduce(0, +) / 12
            let available = try #require(result.aggregate(unit: "U1", year: year, indicator: .nurseFTEAvailable))
            #expect(abs(available.mean - expected) < 4 * available.standardError, "\(year): \(available.mean) vs \(expected)")
            // On leave, still in post: the persons and FTE in post do not move.
            #expect(result.aggregate(unit: "U1", year: year, indicator: .newbornsPerNurseFTE)?.mean == 12)
        }
    }

    /// Turnover: a post whose holder leaves (perYear a year) is vacant for 1 + Poisson(V − 1)
    /// months, V the mean vacancy, then refilled. With no other absence, available FTE is the
    /// FTE in post: 10 × the mean of P(filled) over the year, for short and long vacancies.
    @Test(arguments: [(0.5, 6.0), (0.5, 2.0), (0.3, 12.0)])
    func vacanciesLastTheirDerivedLength(turnover: Double, vacancyMonths: Double) throws {
        var scenario = Fixtures.deterministic(nurses: Array(repeating: 1.0, count: 10), horizon: 2, trials: 2000)
        scenario.staffing.vacationDays = 0
        scenario.staffing.sickLeaveMean = 0
        scenario.staffing.turnoverPerYear = turnover
        scenario.staffing.vacancyMeanMonths = vacancyMonths
        let result = try #require(Planner.run(scenario, workers: 2))
        let filled = Self.atWork(months: 36, perYear: turnover, meanMonths: vacancyMonths)
        for (index, year) in [2026, 2027].enumerated() {
            let expected = 10 * filled[(12 * (index + 1))..<(12 * (index + 2))].reduce(0, +) / 12
            let available = try #require(result.aggregate(unit: "U1", year: year, indicator: .nurseFTEAvailable))
            #expect(abs(available.mean - expected) < 4 * available.standardError, "\(year): \(available.mean) vs \(expected)")
        }
    }

    /// Doctors count per person, whatever their fraction: 120 newborns over 3 doctors is 40 per
    /// doctor. They are not nurses (120 newborns per nurse person) and add no nurse hours (one
    /// FTE nurse, default vacation and flat 0.065 sickness: 1 − 27/260.4 − 0.065 = 0.8313134);
    /// a unit with none has no newborns-per-doctor value.
    @Test func doctorsCountPerPersonAndAddNoNurseHours() throws {
        let scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0], doctors: [0.2, 0.5, 1.0], horizon: 1)
        let result = try #require(Planner.run(scenario, workers: 1))
        let perDoctor = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerDoctor))
        #expect(perDoctor.mean == 40 && perDoctor.quantile(0.05) == 40 && perDoctor.quantile(0.95) == 40)
        #expect(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse)?.mean == 120)
        let available = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        #expect(abs(available.mean - 0.8313134) < 1e-6, "\(available.mean)")
        let noDoctor = try #require(Planner.run(Fixtures.deterministic(nurses: [1.0], doctors: [], horizon: 1), workers: 1))
        #expect(noDoctor.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerDoctor)?.count == 0)
    }

    /// Doctors' posts turn over like nurses'. A turnover of 1 a year is a certain departure
    /// after every month in post, and a mean vacancy of 1 month is exactly one month
    /// (1 + Poisson(0)): each post is filled in months 0, 2, 4, …, so in 2026 (months 12–23) in
    /// 12, 14, …, 22, half the year. 120 newborns: 120 / (3 × 0.5) = 80 per doctor, 120 / 0.5 =
    /// 240 per nurse FTE.
    @Test func doctorsPostsTurnOverToo() throws {
        var scenario = Fixtures.deterministic(newborns: 120, nurses: [1.0], doctors: [0.2, 0.5, 1.0], horizon: 1)
        scenario.staffing.turnoverPerYear = 1
        scenario.staffing.vacancyMeanMonths = 1
        let result = try #require(Planner.run(scenario, workers: 1))
        let perDoctor = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerDoctor))
        #expect(perDoctor.mean == 80 && perDoctor.quantile(0.05) == 80 && perDoctor.quantile(0.95) == 80)
        #expect(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE)?.mean == 240)
    }

    /// Part-time persons: newborns per FTE does not move, newborns per person drops under 25.
    @Test func splittingPostsOverMorePersonsLowersNewbornsPerPersonOnly() throws {
        let whole = try #require(Planner.run(Fixtures.deterministic(newborns: 60, nurses: [1.0]), workers: 1))
        let split = try #require(Planner.run(Fixtures.deterministic(newborns: 60, nurses: [0.5, 0.5]), workers: 1))
        #expect(whole.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE)?.mean == 60)
        #expect(split.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE)?.mean == 60)
        #expect(whole.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse)?.mean == 60)
        #expect(split.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse)?.mean == 30)
        let thin = try #require(Planner.run(Fixtures.deterministic(newborns: 60, nurses: [0.4, 0.3, 0.3]), workers: 1))
        let perPerson = try #require(thin.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurse))
        #expect(perPerson.mean == 20 && perPerson.probabilityMet == 0)
    }

    /// Turnover 0.5 a year with 6-month vacancies: vacancies only ever remove FTE (at least 50
    /// newborns per FTE, exactly 50 without turnover), and the FTE in post, here all available,
    /// is 2 × the mean of P(filled) over 2026 from `atWork`, within 4 standard errors.
    @Test func turnoverLeavesPostsVacantAndRaisesTheLoad() throws {
        var scenario = Fixtures.deterministic(newborns: 100, nurses: [1, 1], horizon: 1, trials: 2000)
        scenario.staffing.vacationDays = 0
        scenario.staffing.sickLeaveMean = 0
        scenario.staffing.turnoverPerYear = 0.5
        scenario.staffing.vacancyMeanMonths = 6
        let result = try #require(Planner.run(scenario, workers: 2))
        let perFTE = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .newbornsPerNurseFTE))
        #expect(perFTE.quantile(0.05) >= 50)
        #expect(perFTE.mean > 52)
        let expected = 2 * Self.atWork(months: 24, perYear: 0.5, meanMonths: 6)[12..<24].reduce(0, +) / 12
        let available = try #require(result.aggregate(unit: "U1", year: 2026, indicator: .nurseFTEAvailable))
        #expect(abs(available.mean - expected) < 4 * available.standardError, "\(available.mean) vs \(expected)")
    }
}
