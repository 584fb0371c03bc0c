import ChildHealth
import Dispatch
import Foundation
import Synchronization

/// Runs scenarios from the command line: progress on stderr (``ProgressLine``), and a clean
/// stop on SIGINT/SIGTERM between blocks of trials that writes nothing, so earlier output files
/// stay as they were. `run` goes through ``run(_:workers:)``; the commands that run several
/// scenarios or call the domain themselves use ``isCancelled`` and ``stopIfInterrupted()``.
enum RunSession {
    /// Runs `scenario` (to `precision` when given), showing its progress unless `quiet`; on
    /// SIGINT/SIGTERM says how far it got and exits with 130/143.
    static func run(_ scenario: Scenario, workers: Int, quiet: Bool = false,
                    precision: PrecisionGoal? = nil) throws(CommandFailure) -> RunResult {
        try stopIfInterrupted()
        let done = Atomic<Int>(0)
        let line = ProgressLine.unlessQuiet(quiet, label: scenario.name)
        let result = withExtendedLifetime(done) {
            Planner.run(scenario, workers: workers, precision: precision,
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
    static func stopIfInterrupted() throws(CommandFailure) {
        if StopFlag.shared.isSet { throw interrupted("before the next run") }
    }

    /// Says what the stop left behind and gives the exit status for the signal (130 or 143).
    static func interrupted(_ progress: String,
                            leaving outcome: String = "nothing was written and earlier output files are unchanged") -> CommandFailure {
        let signal = StopFlag.shared.receivedSignal
        let name = signal == SIGTERM ? "SIGTERM" : "SIGINT"
        return CommandFailure("bhvplan: interrupted by \(name) \(progress); \(outcome)", status: 128 + (signal == 0 ? SIGINT : signal))
    }
}

