import ChildHealth
import Dispatch
import Foundation

/// Throughput of the simulation, measured the same way every time: whole runs of a scenario
/// (simulation and aggregation), best of several repetitions per worker count.
public enum Benchmark {
    /// The fastest of the repetitions with one worker count.
    public struct Measurement: Sendable {
        public var workers: Int
        public var seconds: Double
        public var trials: Int
        public var unitYears: Int
        public var unitMonths: Int
    }

    /// `bhvplan bench`: loads the scenario, runs it `repeats` times per worker count, prints the table.
    public static func perform(path: String, trials: Int, workerCounts: [Int], repeats: Int) throws(CommandFailure) {
        let scenario = try ScenarioRequest(path: path, trials: trials, workers: workerCounts.max() ?? 1).load()
        print(report(measure(scenario, workerCounts: workerCounts, repeats: repeats), scenario: scenario))
    }

    /// `scenario` run `repeats` times for each worker count, the fastest kept.
    public static func measure(_ scenario: Scenario, workerCounts: [Int], repeats: Int) -> [Measurement] {
        let unitYears = scenario.trials * scenario.units.count * scenario.horizon
        // Months simulated include the burn-in year.
        let unitMonths = scenario.trials * scenario.units.count * scenario.monthsSimulated
        return workerCounts.map { workers in
            var best = Double.infinity
            for _ in 0..<repeats {
                let start = DispatchTime.now()
                _ = Planner.run(scenario, workers: workers)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
            }
            return Measurement(workers: workers, seconds: best, trials: scenario.trials, unitYears: unitYears, unitMonths: unitMonths)
        }
    }

    /// The table `bhvplan bench` prints: seconds, throughput, ns per unit-month and speed-up against the first count.
    public static func report(_ measurements: [Measurement], scenario: Scenario) -> String {
        var lines = ["bench: \(scenario.name), \(scenario.units.count) units × \(scenario.horizon) years (+1 burn-in), \(scenario.trials) trials",
                     "workers  seconds  trials/s  unit-years/s  ns/unit-month  speed-up"]
        let base = measurements.first?.seconds ?? 1
        for m in measurements {
            lines.append(String(format: "%7d  %7.3f  %8.0f  %12.0f  %13.1f  %7.2fx", m.workers, m.seconds,
                                Double(m.trials) / m.seconds, Double(m.unitYears) / m.seconds,
                                m.seconds * 1e9 / Double(m.unitMonths), base / m.seconds))
        }
        return lines.joined(separator: "\n")
    }
}
