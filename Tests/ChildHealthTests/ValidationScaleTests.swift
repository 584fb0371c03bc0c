import Foundation
import TestSupport
import Testing
@testable import ChildHealth

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

    @Test func cellsFollowTheLayout() {
        #expect(RunMemory.cells(units: 27, horizon: 5) == 2_265)
        #expect(RunMemory.cells(units: 0, horizon: 1) == 21)
    }

    @Test func aRunTooLargeForMemoryIsRefused() throws {
        let fixture = try largeRegion(units: 3_000)
        defer { fixture.remove() }
        var scenario = try ScenarioLoader.load(path: fixture.scenarioPath)
        scenario.horizon = 50
        scenario.trials = 2_000
        let eightGB: UInt64 = 8 << 30
        let problem = RunMemory.problem(scenario, workers: 2, file: "big.yaml", available: eightGB)
        // The estimate, by RunMemory's documented rule. Cells: 16 indicators per unit and year, 21
        // region rows a year (the layout checked above): 3000·50·16 + 50·21 = 2,401,050.
        let cells = 3_000.0 * 50 * 16 + 50 * 21
        // Per cell: each of the 2 workers (10 blocks of 200 trials, so both busy) holds a block of
        // 200 Doubles and a sketch of 256 buckets (Int32 key, Int count, two Doubles: 28 bytes)
        // plus 64 bytes; the merged sketch once more; 1,024 bytes of row and text.
        let sketch = 256.0 * (4 + 8 + 2 * 8)
        let perCell = 2 * (200 * 8 + sketch + 64) + sketch + 1_024
        // Plans: (3 staff + 5) series of 12·(50 + 1) months of 8 bytes per unit.
        let plans = 3_000.0 * (3 + 5) * 12 * 51 * 8
        let gigabytes = (cells * perCell + plans) / 1_073_741_824
        #expect(abs(gigabytes - 57.93) < 0.01)
        #expect(problem?.description == "big.yaml: 3000 units × 50 years (2401050 output cells) on 2 workers would need about "
            + String(format: "%.1f", gigabytes)
            + " GB of memory, more than this machine has (allowed: at most 8.0 GB; use fewer --workers, units or years)")
        scenario.horizon = 2
        #expect(RunMemory.problem(scenario, workers: 2, file: "big.yaml", available: eightGB) == nil)
    }

    @Test func memoryDoesNotGrowWithTrials() throws {
        let scenario = Fixtures.smallRegion(trials: 1_000)
        var many = scenario
        many.trials = 10_000_000
        #expect(RunMemory.estimate(many, workers: 2) == RunMemory.estimate(scenario, workers: 2))
    }
}
