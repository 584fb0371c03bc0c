import Foundation
import TestSupport
import Testing
@testable import ChildHealth
import MonteCarlo

/// Limits: a run too large for the machine is refused, and a region of thousands of units
/// validates quickly.
@Suite struct ValidationScaleTests {
    /// A region of `units` units with two nurses and a doctor each, as CSV exports.
    private func largeRegion(units: Int) throws -> ValidationFixture {
        var unitRows = ["id,name,municipality,cni,newborns_per_year,first_time_share"]
        var staffRows = ["id,unit,role,fraction"]
        for number in 0..<units {
            let id = "U\(number)"
            unitRows.append("\(id),BVC \(number),Kommun \(number % 290),\(0.6 + Double(number % 150) / 100),\(20 + number % 180),0.42")
            staffRows += ["\(id)-N1,\(id),nurse,1.0", "\(id)-N2,\(id),nurse,0.6", "\(id)-D1,\(id),doctor,0.2"]
        }
        return try ValidationFixture(["units.csv": unitRows.joined(separator: "\n") + "\n",
                                      "staff.csv": staffRows.joined(separator: "\n") + "\n"])
    }

    @Test func threeThousandUnitsValidateQuickly() throws {
        let fixture = try largeRegion(units: 3_000)
        defer { fixture.remove() }
        let start = Date()
        let scenario = try ScenarioLoader.load(path: fixture.scenarioPath)
        let seconds = Date().timeIntervalSince(start)
        print("3000 units: ScenarioLoader.load took \(String(format: "%.3f", seconds)) s")
        #expect(scenario.units.count == 3_000)
        #expect(scenario.units.allSatisfy { $0.staff.count == 3 })
        // Generous for a debug build on a busy machine; a release build takes a fraction of this.
        #expect(seconds < 5)
    }

    /// The estimate counts the cells the layout has: 11 indicators per unit and year without an
    /// extended programme, 24 with one (its 13 counts), and the region rows (10 + 8 units-meeting
    /// counts, with the programme 13 more).
    @Test func cellsFollowTheLayout() {
        var scenario = Fixtures.smallRegion()
        #expect(RunMemory.cells(scenario) == CellLayout(plan: RegionPlan(scenario: scenario)).cells.count)
        #expect(RunMemory.cells(scenario) == scenario.units.count * scenario.horizon * 11 + scenario.horizon * 18)
        scenario.interventions = [Intervention(name: "Rinkeby", kind: .extendedProgramme(ExtendedProgramme()),
                                               selector: UnitSelector(), start: YearMonth(year: scenario.startYear, month: 1))]
        #expect(RunMemory.cells(scenario) == CellLayout(plan: RegionPlan(scenario: scenario)).cells.count)
        #expect(RunMemory.cells(scenario) == scenario.units.count * scenario.horizon * 24 + scenario.horizon * 31)
    }

    @Test func aRunTooLargeForMemoryIsRefused() throws {
        let fixture = try largeRegion(units: 3_000)
        defer { fixture.remove() }
        var scenario = try ScenarioLoader.load(path: fixture.scenarioPath)
        scenario.horizon = 50
        scenario.trials = 2_000
        let sixGB: UInt64 = 6 << 30
        let problem = RunMemory.problem(scenario, workers: 2, file: "big.yaml", available: sixGB)
        // The estimate, by RunMemory's documented rule. Cells: 11 indicators per unit and year, 18
        // region rows a year (the layout checked above): 3000·50·11 + 50·18 = 1,650,900.
        let cells = 3_000.0 * 50 * 11 + 50 * 18
        // 2,000 trials, more than a pilot of 100 trials (the least; 256 MiB cannot hold more for
        // so many cells), so a shaping pass of 100 trials in Floats (0.96 GB, freed as the
        // sketches are made) shapes a bounded sketch per cell of 64 grid bins (the least; 42 bytes
        // each: bucket, edge and two slice bytes), 16 tail buckets of 32 bytes and two sketch headers: the larger
        // of the two counts. Each of the 2 workers buffers 16 trials (the least) and two blocks'
        // sums per cell. Then 1,024 bytes of row and text per cell.
        let shaping = 100.0 * 4
        let sketch = 64.0 * 42 + 16 * 32 + 2 * Double(MemoryLayout<QuantileSketch>.stride)
        let perWorker = 16.0 * 8 + 2 * Double(MemoryLayout<CellMoments>.stride)
        let perCell = max(shaping, sketch) + 2 * perWorker + 1_024
        // Plans: (3 staff + 5) series of 12·(50 + 1) months of 8 bytes per unit.
        let plans = 3_000.0 * (3 + 5) * 12 * 51 * 8
        let gigabytes = (cells * perCell + plans) / 1_073_741_824
        #expect(abs(gigabytes - 7.61) < 0.01, "\(gigabytes)")
        #expect(problem?.description == "big.yaml: 3000 units × 50 years (1650900 output cells) on 2 workers would need about "
            + String(format: "%.1f", gigabytes)
            + " GB of memory, more than this machine has (allowed: at most 6.0 GB; use fewer --workers, units or years)")
        scenario.horizon = 2
        #expect(RunMemory.problem(scenario, workers: 2, file: "big.yaml", available: sixGB) == nil)
    }

    /// Beyond the pilot (2,000 trials for a small region) the estimate stays where it is.
    @Test func memoryDoesNotGrowWithTrials() throws {
        let scenario = Fixtures.smallRegion(trials: 2_001)
        var many = scenario
        many.trials = 10_000_000
        #expect(RunMemory.estimate(many, workers: 2) == RunMemory.estimate(scenario, workers: 2))
        var within = scenario
        within.trials = 1_000
        #expect(RunMemory.estimate(within, workers: 2) < RunMemory.estimate(scenario, workers: 2))
    }
}
