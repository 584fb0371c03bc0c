import Foundation
import MonteCarlo

/// The working memory a run needs, estimated from the scenario's size before anything is
/// simulated, so a run too large for the machine is refused instead of failing hours in.
///
/// Memory grows with the output cells (one per unit, year and indicator, plus the region rows),
/// not with the trials beyond the pilot: the aggregation's share is the runner's own estimate
/// (``MonteCarloRunner/aggregationBytes(cells:)``); the result rows, their text and the plans
/// come on top.
public enum RunMemory {
    /// A cell's layout entry, result row and CSV/JSON text.
    static let bytesPerCellOutput = 1024.0

    /// Output cells of a run of `scenario`: its unit indicators per unit and year, and the region rows.
    public static func cells(_ scenario: Scenario) -> Int {
        let unitIndicators = CellLayout.unitIndicators(of: [scenario])
        let perRegionYear = CellLayout.regionReadings(unitIndicators: unitIndicators).count + Indicator.targeted.count
        return scenario.units.count * scenario.horizon * unitIndicators.count + scenario.horizon * perRegionYear
    }

    /// Estimated peak bytes of a run of `scenario` on `workers` threads.
    public static func estimate(_ scenario: Scenario, workers: Int) -> Double {
        let runner = MonteCarloRunner(trials: max(1, scenario.trials), workers: max(1, workers))
        let cellCount = cells(scenario)
        let months = Double(12 * (scenario.horizon + 1))
        let plans = scenario.units.reduce(0.0) { $0 + Double($1.staff.count + 5) * months * 8 }
        return runner.aggregationBytes(cells: cellCount) + Double(cellCount) * bytesPerCellOutput + plans
    }

    /// A problem naming the scenario file when the run would need more than `available` bytes
    /// (by default the machine's physical memory); nil when it fits.
    public static func problem(_ scenario: Scenario, workers: Int, file: String,
                               available: UInt64 = ProcessInfo.processInfo.physicalMemory) -> InputProblem? {
        let needed = estimate(scenario, workers: workers)
        guard needed > Double(available) else { return nil }
        let cellCount = cells(scenario)
        return InputProblem(
            file: file, line: nil, field: "",
            message: "\(scenario.units.count) units × \(scenario.horizon) years (\(cellCount) output cells) on \(max(1, workers)) workers "
                + "would need about \(gigabytes(needed)) of memory, more than this machine has "
                + "(allowed: at most \(gigabytes(Double(available))); use fewer --workers, units or years)")
    }

    static func gigabytes(_ bytes: Double) -> String { String(format: "%.1f GB", bytes / 1_073_741_824) }
}
