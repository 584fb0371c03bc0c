import Foundation
import Reporting

/// How `bhvplan serve` was started: which folder it serves, where it listens, in which language,
/// and the limits that keep one person's question from taking the machine.
public struct ServerSettings: Sendable {
    /// The scenarios folder; nothing outside it is ever read or written.
    public var folder: URL
    public var host: String
    /// 0 picks a free port (printed at start).
    public var port: Int
    public var language: ReportLanguage
    /// Overrides every scenario's trials when set, as `--trials` does on the command line.
    public var trials: Int?
    /// The most trials one request may ask for.
    public var trialCap: Int
    /// Simulations running at once; further requests wait their turn.
    public var concurrentSimulations: Int
    /// Worker threads of each simulation (results do not depend on it).
    public var workers: Int
    /// Required of every request when set (``AccessToken``).
    public var token: String?

    /// The most trials a request may ask for unless told otherwise: 2,000 trials of a unit answer
    /// in well under a second, 20,000 in a few.
    public static let defaultTrialCap = 20_000

    /// Settings for `folder` on `host:port`; a token is made when `host` is not loopback.
    public init(folder: URL, host: String = "127.0.0.1", port: Int = 8080, language: ReportLanguage = .sv,
                trials: Int? = nil, trialCap: Int = defaultTrialCap, concurrentSimulations: Int = 2,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, token: String? = nil) {
        self.folder = folder.standardizedFileURL
        self.host = host
        self.port = port
        self.language = language
        self.trials = trials
        self.trialCap = trialCap
        self.concurrentSimulations = concurrentSimulations
        self.workers = workers
        self.token = token ?? (Self.isLoopback(host) ? nil : Self.randomToken())
    }

    /// 32 hexadecimal digits from the system's random number generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let digits = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }.joined()
    }

    /// Whether `host` only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
