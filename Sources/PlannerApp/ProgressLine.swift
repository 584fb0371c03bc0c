import Dispatch
import Foundation
import Synchronization

/// Progress of long work on stderr, trials or units done with rate and time left: on a
/// terminal one updating line with a bar; elsewhere (a log, CI) a plain line at each tenth of
/// the work, so that a log shows the work going on without filling up.
final class ProgressLine: Sendable {
    private let label: String
    private let unit: String
    private let isTerminal: Bool
    private let start = DispatchTime.now()
    /// The tenths of the work already told in plain lines.
    private let toldTenths = Mutex(0)

    /// A progress line for `label`'s work counted in `unit` (plural), as a bar when stderr is a terminal.
    init(label: String, unit: String = "trials", isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.unit = unit
        self.isTerminal = isTerminal
    }

    /// The progress of the work to show, or nil when `quiet`.
    static func unlessQuiet(_ quiet: Bool, label: String, unit: String = "trials") -> ProgressLine? {
        quiet ? nil : ProgressLine(label: label, unit: unit)
    }

    func update(done: Int, of total: Int) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let counts = "\(done)/\(total) \(unit), " + String(format: "%.0f \(unit)/s, %.0f s left", rate, left)
        if isTerminal {
            let width = 24
            let filled = total > 0 ? min(width, done * width / total) : 0
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) \(bar) \(counts)   ".utf8))
            return
        }
        let tenths = total > 0 ? done * 10 / total : 0
        let tell = toldTenths.withLock { told in
            guard tenths > told else { return false }
            told = tenths
            return true
        }
        if tell { FileHandle.standardError.write(Data("\(label): \(tenths * 10)% (\(counts))\n".utf8)) }
    }

    /// Clears the line on a terminal; a log keeps its lines.
    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
