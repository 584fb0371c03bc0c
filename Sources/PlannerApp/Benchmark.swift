import ChildHealth
import Dispatch
import Foundation
import MonteCarlo

/// Throughput and memory of the simulation, measured the same way every time: whole runs of a
/// scenario (simulation and aggregation), the fastest of several repetitions per worker count,
/// and the process's peak memory during each run.
public enum Benchmark {
    /// What every run of one benchmark simulates.
    public struct Workload: Sendable, Equatable {
        public var scenario: String
        public var units: Int
        public var horizon: Int
        /// Months each trial simulates per unit: the burn-in year, the projected years and the
        /// months after them; all of them count in unit-months.
        public var monthsPerUnit: Int
        public var trials: Int
        /// How the runner splits the trials: `blocks` blocks of `blockSize` trials, the last
        /// one possibly short. Workers take whole blocks, so a block is the unit of parallelism.
        public var blocks: Int
        public var blockSize: Int

        public init(scenario: String, units: Int, horizon: Int, monthsPerUnit: Int, trials: Int, blocks: Int, blockSize: Int) {
            self.scenario = scenario
            self.units = units
            self.horizon = horizon
            self.monthsPerUnit = monthsPerUnit
            self.trials = trials
            self.blocks = blocks
            self.blockSize = blockSize
        }

        /// The workload of a run of `scenario`, split into blocks as ``Planner`` splits it.
        public init(_ scenario: Scenario) {
            let runner = MonteCarloRunner(trials: max(1, scenario.trials), workers: 1)
            self.init(scenario: scenario.name, units: scenario.units.count, horizon: scenario.horizon,
                      monthsPerUnit: scenario.monthsSimulated, trials: scenario.trials,
                      blocks: runner.blockCount, blockSize: runner.blockSize)
        }

        public var unitMonths: Int { trials * units * monthsPerUnit }

        /// Trials in the last block.
        public var lastBlock: Int { trials - (blocks - 1) * blockSize }

        /// The speed-up the split into blocks allows at most on `workers` workers, if blocks took
        /// equal time: the blocks over the rounds of blocks the busiest worker runs.
        public func speedUpBound(workers: Int) -> Double {
            let rounds = (blocks + workers - 1) / workers
            return Double(blocks) / Double(rounds)
        }
    }

    /// One worker count's result: the fastest of its repetitions, and the largest peak.
    public struct Measurement: Sendable, Equatable {
        public var workers: Int
        public var seconds: Double
        /// Peak resident memory of the process during the run, in bytes; nil where it cannot be measured.
        public var peakBytes: UInt64?

        public init(workers: Int, seconds: Double, peakBytes: UInt64?) {
            self.workers = workers
            self.seconds = seconds
            self.peakBytes = peakBytes
        }
    }

    /// Worker counts of `--workers 1,2,4`; nil unless every entry is a whole number of at least 1.
    public static func workerCounts(_ text: String) -> [Int]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let counts = parts.compactMap { Int($0) }.filter { $0 >= 1 }
        return counts.count == parts.count && !counts.isEmpty ? counts : nil
    }

    /// `bhvplan bench`: loads the scenario (with `trials` when given), runs it `repeats` times per
    /// worker count and prints the table, each row as soon as it is measured.
    public static func perform(path: String, trials: Int?, workerCounts: [Int], repeats: Int) throws(CommandFailure) {
        let scenario = try ScenarioRequest(path: path, trials: trials, workers: workerCounts.max() ?? 1).load()
        let workload = Workload(scenario)
        let before = BenchmarkMemory.residentBytes()
        emit(header(workload, path: path, workerCounts: workerCounts, repeats: repeats))
        var measurements: [Measurement] = []
        for workers in workerCounts {
            measurements.append(measure(scenario, workers: workers, repeats: repeats))
            emit([row(measurements.last!, workload: workload, base: measurements[0])])
        }
        emit(footer(measurements, residentBeforeBytes: before))
    }

    /// `scenario` run `repeats` times on `workers` threads: the fastest time, the largest peak.
    public static func measure(_ scenario: Scenario, workers: Int, repeats: Int) -> Measurement {
        var best = Double.infinity
        var peak: UInt64? = 0
        for _ in 0..<max(1, repeats) {
            let resetDone = BenchmarkMemory.resetPeak()
            let start = DispatchTime.now()
            _ = Planner.run(scenario, workers: workers)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
            let runPeak = resetDone ? BenchmarkMemory.peakBytes() : nil
            if let sofar = peak, let runPeak { peak = max(sofar, runPeak) } else { peak = nil }
        }
        return Measurement(workers: workers, seconds: best, peakBytes: peak)
    }

    /// The whole table, as `perform` prints it.
    public static func report(_ measurements: [Measurement], workload: Workload, path: String, repeats: Int,
                              residentBeforeBytes: UInt64? = nil) -> String {
        var lines = header(workload, path: path, workerCounts: measurements.map(\.workers), repeats: repeats)
        lines += measurements.map { row($0, workload: workload, base: measurements[0]) }
        lines += footer(measurements, residentBeforeBytes: residentBeforeBytes)
        return lines.joined(separator: "\n")
    }

    static let columns = "workers  seconds  trials/s  unit-months/s  ns/unit-month  peak MiB  speed-up"

    /// What is run, how the trials split into blocks, a warning when the split starves workers,
    /// and the column titles.
    static func header(_ workload: Workload, path: String, workerCounts: [Int], repeats: Int) -> [String] {
        let w = workload
        let after = w.monthsPerUnit - 12 * (w.horizon + 1)
        var lines = [
            "bench: \(w.scenario) (\(path)): \(counted(w.units, "unit")) × \(counted(w.horizon, "year")), \(counted(w.trials, "trial")), "
                + "fastest of \(repeats) run\(repeats == 1 ? "" : "s") per worker count",
            "  unit-months: \(w.monthsPerUnit) a unit and trial, counting the burn-in year, the \(w.horizon) years"
                + (after > 0 ? " and \(after) month\(after == 1 ? "" : "s") after them" : ""),
            "  blocks: " + blockSplit(w),
        ]
        let most = workerCounts.max() ?? 1
        if w.blocks < most {
            lines.append("  warning: \(w.blocks) block\(w.blocks == 1 ? "" : "s") for \(most) workers: "
                         + "\(most - w.blocks) worker\(most - w.blocks == 1 ? " has" : "s have") nothing to do, so the speed-up "
                         + "understates the engine's; use --trials \(most * w.blockSize) or more")
        } else if let starved = workerCounts.first(where: { w.speedUpBound(workers: $0) < Double($0) - 1e-9 }) {
            lines.append(String(format: "  note: %d blocks on %d workers leave workers idle in the last round; speed-up at most %.2f×",
                                w.blocks, starved, w.speedUpBound(workers: starved)))
        }
        lines.append(columns)
        return lines
    }

    /// `1 unit`, `3 units`.
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// `2 of 200 trials`, `3 of 200 trials, the last of 50`, `1 of 100 trials (block size 200)`.
    static func blockSplit(_ w: Workload) -> String {
        if w.lastBlock == w.blockSize { return "\(w.blocks) of \(w.blockSize) trials" }
        if w.blocks == 1 { return "1 of \(w.trials) trials (block size \(w.blockSize))" }
        return "\(w.blocks) of \(w.blockSize) trials, the last of \(w.lastBlock)"
    }

    /// A worker count's row; the speed-up is against `base`, the first worker count.
    static func row(_ m: Measurement, workload: Workload, base: Measurement) -> String {
        let peak = m.peakBytes.map { String(format: "%8.0f", Double($0) / 1_048_576) } ?? "     n/a"
        return String(format: "%7d  %7.3f  %8.1f  %13.0f  %13.1f  ", m.workers, m.seconds, Double(workload.trials) / m.seconds,
                      Double(workload.unitMonths) / m.seconds, m.seconds * 1e9 / Double(workload.unitMonths))
            + peak + String(format: "  %7.2f×", base.seconds / m.seconds)
    }

    /// The 1→2 worker speed-up, and what the memory column means.
    static func footer(_ measurements: [Measurement], residentBeforeBytes: UInt64?) -> [String] {
        var lines: [String] = []
        if let one = measurements.first(where: { $0.workers == 1 }), let two = measurements.first(where: { $0.workers == 2 }) {
            lines.append(String(format: "speed-up 1→2 workers: %.2f×", one.seconds / two.seconds))
        }
        if measurements.contains(where: { $0.peakBytes != nil }) {
            let before = residentBeforeBytes.map { String(format: "; the process held %.0f MiB before them", Double($0) / 1_048_576) } ?? ""
            lines.append("peak MiB: the largest VmHWM of the runs, reset before each run\(before)")
        } else {
            lines.append("peak MiB: not measured (needs Linux's /proc/self/clear_refs)")
        }
        return lines
    }

    /// Prints `lines` at once, so rows appear as they are measured even when stdout is a pipe.
    private static func emit(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
