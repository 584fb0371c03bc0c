import ArgumentParser
import ChildHealth
import Dispatch
import Foundation
import Synchronization

/// Runs scenarios from the command line: progress on stderr when it is a terminal, and a clean
/// stop on SIGINT/SIGTERM between blocks of trials that writes nothing, so earlier output files
/// stay as they were. Every command that simulates goes through here.
enum RunSession {
    /// Runs `scenario`; on SIGINT/SIGTERM says how far it got and exits with 130/143.
    static func run(_ scenario: Scenario, workers: Int) throws -> RunResult {
        try stopIfInterrupted()
        let done = Atomic<Int>(0)
        let line = isatty(STDERR_FILENO) == 1 ? ProgressLine(label: scenario.name) : nil
        let result = withExtendedLifetime(done) {
            Planner.run(scenario, workers: workers,
                        progress: { trials, total in
                            done.store(trials, ordering: .relaxed)
                            line?.update(done: trials, of: total)
                        },
                        isCancelled: isCancelled)
        }
        line?.finish()
        guard let result else {
            throw interrupted("after \(done.load(ordering: .relaxed)) of \(scenario.trials) trials of '\(scenario.name)'")
        }
        return result
    }

    /// For commands that run several scenarios or call ``Planner`` themselves: pass this as
    /// `isCancelled`, and call ``stopIfInterrupted()`` between steps.
    static let isCancelled: @Sendable () -> Bool = { StopFlag.shared.isSet }

    /// Exits with 130 (SIGINT) or 143 (SIGTERM) when a stop was asked for.
    static func stopIfInterrupted() throws {
        if StopFlag.shared.isSet { throw interrupted("before the next run") }
    }

    /// Says what the stop left behind and gives the exit status for the signal (130 or 143).
    static func interrupted(_ progress: String,
                            leaving outcome: String = "nothing was written and earlier output files are unchanged") -> ExitCode {
        let signal = StopFlag.shared.receivedSignal
        let name = signal == SIGTERM ? "SIGTERM" : "SIGINT"
        FileHandle.standardError.write(Data("bhvplan: interrupted by \(name) \(progress); \(outcome)\n".utf8))
        return ExitCode(128 + (signal == 0 ? SIGINT : signal))
    }
}

/// Set by SIGINT or SIGTERM; the runner polls it between blocks of trials. Use ``shared``, so
/// a signal between two runs of one command is not lost.
/// Unchecked: `sources` is written only in `init`, before the flag is shared.
final class StopFlag: @unchecked Sendable {
    static let shared = StopFlag()

    private let received = Atomic<Int32>(0)
    private var sources: [DispatchSourceSignal] = []

    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                _ = self?.received.compareExchange(expected: 0, desired: signalNumber, ordering: .relaxed)
            }
            source.resume()
            sources.append(source)
        }
    }

    var isSet: Bool { received.load(ordering: .relaxed) != 0 }
    /// The first stop signal received; 0 while none has been.
    var receivedSignal: Int32 { received.load(ordering: .relaxed) }
}

/// A single updating progress line on stderr: a bar, trials done, rate and time left.
final class ProgressLine: Sendable {
    private let label: String
    private let start = DispatchTime.now()

    init(label: String) { self.label = label }

    func update(done: Int, of total: Int) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 24
        let filled = total > 0 ? min(width, done * width / total) : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let text = "\r\(label) \(bar) \(done)/\(total) trials, " + String(format: "%.0f trials/s, %.0f s left   ", rate, left)
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
