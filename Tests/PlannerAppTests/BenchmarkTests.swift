import ChildHealth
import TestSupport
import Testing
@testable import PlannerApp

/// The parts of `bhvplan bench` that are not timing: the workload it states, how it splits the
/// trials, the table it prints, `--workers`, and the peak-memory reading.
@Suite struct BenchmarkTests {
    static let national = Benchmark.Workload(scenario: "national", units: 1100, horizon: 10, monthsPerUnit: 134,
                                             trials: 400, blocks: 2, blockSize: 200)

    @Test func workloadCountsEveryMonthSimulatedAndSplitsLikeThePlanner() {
        var scenario = Fixtures.smallRegion(trials: 450)
        let workload = Benchmark.Workload(scenario)
        #expect(workload.units == 3 && workload.horizon == 3 && workload.trials == 450)
        // The burn-in year, the three years and the months after them.
        #expect(workload.monthsPerUnit == scenario.monthsSimulated && workload.monthsPerUnit > 48)
        #expect(workload.unitMonths == 450 * 3 * scenario.monthsSimulated)
        #expect(workload.blocks == 3 && workload.blockSize == 200 && workload.lastBlock == 50)
        scenario.trials = 400
        #expect(Benchmark.Workload(scenario).lastBlock == 200)
    }

    @Test func speedUpBoundFollowsTheRoundsOfBlocks() {
        func bound(_ blocks: Int, _ workers: Int) -> Double {
            Benchmark.Workload(scenario: "x", units: 1, horizon: 1, monthsPerUnit: 24, trials: blocks * 200,
                               blocks: blocks, blockSize: 200).speedUpBound(workers: workers)
        }
        #expect(bound(1, 2) == 1)
        #expect(bound(2, 2) == 2)
        #expect(bound(3, 2) == 1.5)
        #expect(bound(10, 2) == 2)
        #expect(bound(11, 2) == 11.0 / 6)
        #expect(bound(5, 1) == 1)
    }

    @Test func reportShowsThroughputMemorySpeedUpAndBlocks() {
        let measurements = [Benchmark.Measurement(workers: 1, seconds: 20, peakBytes: 1_500 * 1_048_576),
                            Benchmark.Measurement(workers: 2, seconds: 10.4, peakBytes: 1_700 * 1_048_576)]
        let text = Benchmark.report(measurements, workload: Self.national, path: "Scenarios/bench/national.yaml",
                                    repeats: 3, residentBeforeBytes: 80 * 1_048_576)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "bench: national (Scenarios/bench/national.yaml): 1100 units × 10 years, 400 trials, "
                + "fastest of 3 runs per worker count")
        #expect(lines[1] == "  unit-months: 134 a unit and trial, counting the burn-in year, the 10 years and 2 months after them")
        #expect(lines[2] == "  blocks: 2 of 200 trials")
        #expect(lines[3] == Benchmark.columns)
        // 58,960,000 unit-months in 20 s: 2,948,000 a second, 339.2 ns each.
        #expect(lines[4] == "      1   20.000      20.0        2948000          339.2      1500     1.00×")
        #expect(lines[5] == "      2   10.400      38.5        5669231          176.4      1700     1.92×")
        #expect(lines[6] == "speed-up 1→2 workers: 1.92×")
        #expect(lines[7] == "peak MiB: the largest VmHWM of the runs, reset before each run; the process held 80 MiB before them")
        #expect(lines.count == 8)
        // Columns line up with their titles.
        let titleEnds = ["workers", "seconds", "trials/s", "unit-months/s", "ns/unit-month", "peak MiB", "speed-up"]
            .map { Benchmark.columns.range(of: $0)!.upperBound.utf16Offset(in: Benchmark.columns) }
        for line in lines[4...5] {
            for end in titleEnds.dropLast() {
                let index = line.index(line.startIndex, offsetBy: end - 1)
                #expect(line[index] != " ", "\(line) at \(end)")
                #expect(line[line.index(after: index)] == " ")
            }
        }
    }

    @Test func warnsWhenThereAreFewerBlocksThanWorkers() {
        var workload = Self.national
        workload.trials = 100
        workload.blocks = 1
        let warned = Benchmark.header(workload, path: "n.yaml", workerCounts: [1, 2], repeats: 1)
        #expect(warned.contains("  blocks: 1 of 100 trials (block size 200)"))
        #expect(warned.contains("  warning: 1 block for 2 workers: 1 worker has nothing to do, so the speed-up "
                                + "understates the engine's; use --trials 400 or more"))
        #expect(warned[0].hasSuffix("fastest of 1 run per worker count"))
        workload.trials = 600
        workload.blocks = 3
        let uneven = Benchmark.header(workload, path: "n.yaml", workerCounts: [1, 2], repeats: 3)
        #expect(uneven.contains("  blocks: 3 of 200 trials"))
        workload.trials = 450
        #expect(Benchmark.blockSplit(workload) == "3 of 200 trials, the last of 50")
        #expect(uneven.contains("  note: 3 blocks on 2 workers leave workers idle in the last round; speed-up at most 1.50×"))
        let even = Benchmark.header(Self.national, path: "n.yaml", workerCounts: [1, 2], repeats: 3)
        #expect(!even.contains { $0.contains("warning") || $0.contains("note") })
    }

    @Test func withoutAMemoryReadingTheColumnSaysSo() {
        let text = Benchmark.report([Benchmark.Measurement(workers: 2, seconds: 1, peakBytes: nil)], workload: Self.national,
                                    path: "n.yaml", repeats: 1)
        #expect(text.contains("     n/a     1.00×"))
        #expect(text.hasSuffix("peak MiB: not measured (needs Linux's /proc/self/clear_refs)"))
        #expect(!text.contains("speed-up 1→2"))
    }

    @Test(arguments: [("1,2", [1, 2]), ("1", [1]), (" 1, 2 ,4", [1, 2, 4]), ("", nil), ("1,,2", nil), ("0,2", nil),
                      ("1,two", nil), ("-1", nil)] as [(String, [Int]?)])
    func workerCountsAreWholeNumbersOfAtLeastOne(text: String, counts: [Int]?) {
        #expect(Benchmark.workerCounts(text) == counts)
    }

    @Test func readsStatusFieldsInBytes() {
        let status = "Name:\tbhvplan\nVmPeak:\t 2000000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t   65536 kB\nThreads:\t3\n"
        #expect(BenchmarkMemory.statusBytes("VmHWM", in: status) == 123_456 * 1024)
        #expect(BenchmarkMemory.statusBytes("VmRSS", in: status) == 64 * 1_048_576)
        #expect(BenchmarkMemory.statusBytes("VmSwap", in: status) == nil)
        #expect(BenchmarkMemory.statusBytes("Threads", in: status) == nil)
    }

    #if os(Linux)
    @Test func peakAfterAResetSeesMemoryTouchedSince() {
        #expect(BenchmarkMemory.resetPeak())
        let size = 64 * 1_048_576
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 4096)
        defer { buffer.deallocate() }
        for offset in stride(from: 0, to: size, by: 4096) { buffer[offset] = 1 }
        let peak = BenchmarkMemory.peakBytes() ?? 0
        #expect(peak >= UInt64(size))
        #expect((BenchmarkMemory.residentBytes() ?? 0) >= UInt64(size))
    }
    #endif
}
