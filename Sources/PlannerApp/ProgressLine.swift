import Dispatch
import Foundation

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
