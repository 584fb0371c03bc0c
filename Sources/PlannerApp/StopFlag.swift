import Dispatch
import Foundation
import Synchronization

/// Set by SIGINT or SIGTERM; the runner polls it between blocks of trials. Use ``shared``, so
/// a signal between two runs of one command is not lost.
/// Unchecked: `sources` is written only in `init`, before the flag is shared.
final class StopFlag: @unchecked Sendable {
    static let shared = StopFlag()

    private static let handlerQueue = DispatchQueue(label: "bhvplan.stop-signals")
    private let received = Atomic<Int32>(0)
    private var sources: [DispatchSourceSignal] = []

    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            // A queue of its own, not .global(): a global queue runs its blocks on the pool's
            // threads, which the run's workers may all be holding, and a long `size` went on for
            // minutes after SIGTERM; a serial queue of its own gets a thread when it has work.
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: Self.handlerQueue)
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
