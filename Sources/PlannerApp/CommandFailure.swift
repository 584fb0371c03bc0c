/// How a command ends when it cannot do what was asked: the message for stderr (each line
/// already says what is wrong and, for input, what is allowed) and the exit status:
/// 1 output could not be written, 2 bad input, 130/143 interrupted by SIGINT/SIGTERM.
public struct CommandFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var status: Int32

    /// A failure with its message for stderr and its exit status.
    public init(_ message: String, status: Int32) {
        self.message = message
        self.status = status
    }

    public var description: String { message }

    /// Runs `body`, turning any error it throws into an output failure (a file or folder that
    /// cannot be written): exit status 1.
    static func writing<T>(_ body: () throws -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure("bhvplan: \(error)", status: 1)
        }
    }
}
