import Dispatch
import Foundation
import Synchronization

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
