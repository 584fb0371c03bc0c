import MonteCarlo
import TestSupport
import Testing
@testable import ChildHealth

@Suite struct ComparisonTests {
    /// The small region with +25% nurse FTE at unit B (CNI 1.6) from the start year.
    static func staffPlus25(_ base: Scenario) -> Scenario {
        var other = base
        other.name = "staff-plus-25"
        other.interventions = [Intervention(name: "+25% nurses at B", kind: .staffChange(StaffChange(role: .nurse, percent: 0.25)),
                                            selector: UnitSelector(unitIDs: ["B"]), start: YearMonth(year: 2026, month: 1))]
        return other
    }

    /// Variance of the paired difference over the variance of the difference of two
    /// independent runs (different seeds), for one cell.
    static func varianceRatio(_ comparison: ScenarioComparison, independentBase: RunResult, independentOther: RunResult,
                              indicator: Indicator) throws -> Double {
        let paired = try #require(comparison.cell(other: 0, unit: "B", year: 2026, indicator: indicator)).difference.variance
        let base = try #require(independentBase.aggregate(unit: "B", year: 2026, indicator: indicator)).variance
        let other = try #require(independentOther.aggregate(unit: "B", year: 2026, indicator: indicator)).variance
        return paired / (base + other)
    }

    /// A scenario without the extended programme compared with one that runs it, either way
    /// round: both are laid out with the programme's cells, which are undefined where it does
    /// not run, so the programme's counts are in the comparison of the one that does.
    @Test func aProgrammeIsComparedWithNoProgramme() throws {
        let base = Fixtures.smallRegion(trials: 20)
        var other = base
        other.interventions = [Intervention(name: "Rinkeby", kind: .extendedProgramme(ExtendedProgramme()), selector: UnitSelector(),
                                            start: YearMonth(year: base.startYear, month: 1))]
        let forward = try #require(try Comparison.run(base: base, others: [other], workers: 1))
        let cell = try #require(forward.cell(other: 0, unit: "B", year: base.startYear, indicator: .extOffered))
        #expect(cell.base.count == 0 && cell.other.count == 20 && !cell.isDefined)
        let backward = try #require(try Comparison.run(base: other, others: [base], workers: 1))
        #expect(backward.cell(other: 0, unit: "B", year: base.startYear, indicator: .extOffered)?.base.count == 20)
    }

    @Test func commonRandomNumbersShrinkTheSpreadOfDifferences() throws {
        let base = Fixtures.smallRegion(trials: 400)
        let other = Self.staffPlus25(base)
        let comparison = try #require(try Comparison.run(base: base, others: [other], workers: 2))
        var independentOther = other
        independentOther.seed = base.seed + 1
        let baseRun = try #require(Planner.run(base, workers: 2))
        let otherRun = try #require(Planner.run(independentOther, workers: 2))
        let perFTE = try Self.varianceRatio(comparison, independentBase: baseRun, independentOther: otherRun,
                                            indicator: .newbornsPerNurseFTE)
        let visit = try Self.varianceRatio(comparison, independentBase: baseRun, independentOther: otherRun,
                                           indicator: .firstHomeVisit)
        print("CRN variance ratio (paired / independent), unit B 2026: newborns_per_nurse_fte \(perFTE), first_home_visit \(visit)")
        #expect(perFTE < 0.1)
        #expect(visit < 0.25)
        let cell = try #require(comparison.cell(other: 0, unit: "B", year: 2026, indicator: .newbornsPerNurseFTE))
        #expect(cell.difference.mean < 0 && cell.difference.quantile(0.95) < 0)
        #expect(cell.hasDirection && cell.better.mean == 1)
    }

    @Test func aScenarioComparedWithItselfDiffersByExactlyZero() throws {
        let base = Fixtures.smallRegion(trials: 60)
        let comparison = try #require(try Comparison.run(base: base, others: [base], workers: 2))
        let cells = comparison.pairs[0].filter(\.isDefined)
        #expect(!cells.isEmpty)
        for cell in cells {
            #expect(cell.difference.mean == 0 && cell.difference.quantile(0.05) == 0 && cell.difference.quantile(0.95) == 0,
                    "\(cell.key)")
            #expect(cell.base.mean == cell.other.mean)
            #expect(cell.base.probabilityMet == cell.other.probabilityMet)
            #expect(!cell.hasDirection || cell.better.mean == 0)
        }
        #expect(cells.contains { $0.key.place == .region && $0.key.measure == .unitsMeeting(.firstHomeVisit) })
    }

    @Test func scenariosWithDifferentUnitsOrYearsAreRefused() {
        let base = Fixtures.smallRegion(trials: 10)
        var other = base
        other.horizon = 2
        other.units.removeLast()
        #expect {
            try Comparison.run(base: base, others: [other], workers: 1)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("horizon 2 years differs from 3") && text.contains("units missing: C")
        }
    }
}
