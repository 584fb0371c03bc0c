import MonteCarlo
import Reporting
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
                              indicator: String) throws -> Double {
        let paired = try #require(comparison.cell(other: 0, unit: "B", year: 2026, indicator: indicator)).difference.variance
        let base = try #require(independentBase.aggregate(unit: "B", year: 2026, indicator: indicator)).variance
        let other = try #require(independentOther.aggregate(unit: "B", year: 2026, indicator: indicator)).variance
        return paired / (base + other)
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
                                            indicator: "newborns_per_nurse_fte")
        let visit = try Self.varianceRatio(comparison, independentBase: baseRun, independentOther: otherRun,
                                           indicator: "first_home_visit")
        print("CRN variance ratio (paired / independent), unit B 2026: newborns_per_nurse_fte \(perFTE), first_home_visit \(visit)")
        #expect(perFTE < 0.1)
        #expect(visit < 0.25)
        let row = try #require(comparison.rows.first { $0.unit == "B" && $0.year == 2026 && $0.indicator == "newborns_per_nurse_fte" })
        #expect(row.diffMean < 0 && row.diffP95 < 0)
        #expect(row.pBetter == 1)
    }

    @Test func aScenarioComparedWithItselfDiffersByExactlyZero() throws {
        let base = Fixtures.smallRegion(trials: 60)
        let comparison = try #require(try Comparison.run(base: base, others: [base], workers: 2))
        #expect(!comparison.rows.isEmpty)
        for row in comparison.rows {
            #expect(row.diffMean == 0 && row.diffP05 == 0 && row.diffP95 == 0, "\(row.unit) \(row.year) \(row.indicator)")
            #expect(row.baseMean == row.otherMean)
            #expect((row.deltaPMeet ?? 0) == 0)
            #expect((row.pBetter ?? 0) == 0)
        }
        #expect(comparison.rows.contains { $0.unit == CellLayout.regionID && $0.indicator == "units_meeting_first_home_visit" })
    }

    @Test func comparisonIsIdenticalForAnyWorkerCount() throws {
        let base = Fixtures.smallRegion(trials: 450)
        let other = Self.staffPlus25(base)
        let one = try #require(try Comparison.run(base: base, others: [other], workers: 1))
        let two = try #require(try Comparison.run(base: base, others: [other], workers: 2))
        #expect(ComparisonFiles.csv(one.rows) == ComparisonFiles.csv(two.rows))
        #expect(ComparisonFiles.json(one.rows) == ComparisonFiles.json(two.rows))
        #expect(ComparisonFiles.csv(one.rows).hasPrefix(ComparisonRow.columns.joined(separator: ",") + "\n"))
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
