import Foundation

/// What can go wrong reading or writing a result set, with messages written for the person
/// running the command.
public enum ResultFormatError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// A required file of the results folder is not there.
    case missingFile(String)
    /// A file is there but cannot be read as text.
    case unreadableFile(file: String, reason: String)
    /// A CSV file breaks its format; `line` is 1-based.
    case malformedFile(file: String, line: Int, reason: String)
    /// A JSON file breaks its format; `path` locates the value (e.g. `units[0].ceiling`).
    case malformedJSON(file: String, path: String, reason: String)
    /// A file could not be written; any old file at that path is unchanged.
    case writeFailed(file: String, reason: String)

    public var description: String {
        switch self {
        case .missingFile(let file):
            "\(file): file not found in the results directory"
        case .unreadableFile(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .malformedFile(let file, let line, let reason):
            "\(file), line \(line): \(reason)"
        case .malformedJSON(let file, let path, let reason):
            path.isEmpty ? "\(file): \(reason)" : "\(file), at \(path): \(reason)"
        case .writeFailed(let file, let reason):
            "\(file): cannot be written: \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
