import ArgumentParser
import ChildHealth
import Dispatch
import Foundation
import Synchronization

/// Runs a scenario from the command line: progress on stderr when it is a terminal, and a
/// clean stop on SIGINT/SIGTERM that leaves earlier output files as they were.
enum RunSession {
    static func run(_ scenario: Scenario, workers: Int) throws -> RunResult {
        let stop = StopFlag()
        let progress = isatty(STDERR_FILENO) == 1 ? ProgressLine(label: scenario.name) : nil
        var report: (@Sendable (Int, Int) -> Void)?
        if let progress { report = { done, total in progress.update(done: done, of: total) } }
        guard let result = Planner.run(scenario, workers: workers, progress: report, isCancelled: { stop.isSet })
        else {
            progress?.finish()
            FileHandle.standardError.write(Data("bhvplan: interrupted; no results were written and earlier output files are unchanged\n".utf8))
            throw ExitCode(130)
        }
        progress?.finish()
        return result
    }
}

/// Set by SIGINT or SIGTERM; the runner polls it between blocks of trials.
/// Unchecked: `sources` is written only in `init`, before the flag is shared.
final class StopFlag: @unchecked Sendable {
    private let flag = Atomic<Bool>(false)
    private var sources: [DispatchSourceSignal] = []

    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in self?.flag.store(true, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
    }

    var isSet: Bool { flag.load(ordering: .relaxed) }
}

/// A single updating progress line on stderr: trials done, rate and time left.
final class ProgressLine: Sendable {
    private let label: String
    private let start = DispatchTime.now()

    init(label: String) { self.label = label }

    func update(done: Int, of total: Int) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = String(format: "\r%@: %d/%d trials, %.0f trials/s, %.0f s left   ", label, done, total, rate, left)
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
