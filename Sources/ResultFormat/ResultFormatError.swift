import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Files of the results folder do not belong to the run its `manifest.json` records: written
    /// by another run, or changed since.
    case mixedSet(files: [String])

    public var description: String {
        switch self {
        case .missingFile(let file):
            "\(file): missing (allowed: a results folder as `bhvplan run --out` writes it, with results.csv, fan.csv and run.json)"
        case .unreadableFile(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .malformedFile(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        case .malformedJSON(let file, let path, let reason):
            path.isEmpty ? "\(file): \(reason)" : "\(file): \(path): \(reason)"
        case .writeFailed(let file, let reason):
            "\(file): cannot be written: \(reason)"
        case .mixedSet(let files):
            "\(files.joined(separator: ", ")): \(files.count == 1 ? "does" : "do") not belong to the run recorded in "
                + "\(ResultFiles.manifest) (written by another run, or changed since); write the folder again with --out"
        }
    }

    /// The same problem with the file names it gives (names inside a results folder) as paths
    /// through `folder`, as a command line prints it.
    public func located(in folder: String) -> ResultFormatError {
        func path(_ file: String) -> String { folder.hasSuffix("/") ? folder + file : folder + "/" + file }
        switch self {
        case .missingFile(let file): return .missingFile(path(file))
        case .unreadableFile(let file, let reason): return .unreadableFile(file: path(file), reason: reason)
        case .malformedFile(let file, let line, let reason): return .malformedFile(file: path(file), line: line, reason: reason)
        case .malformedJSON(let file, let at, let reason): return .malformedJSON(file: path(file), path: at, reason: reason)
        case .mixedSet(let files): return .mixedSet(files: files.map(path))
        case .writeFailed: return self
        }
    }

    /// True for a problem with the folder read (exit status 2), false for a failed write (1).
    public var isInputProblem: Bool {
        if case .writeFailed = self { return false }
        return true
    }

    /// Why `folder` cannot be created, when the cause is on the way to it: a file where a folder
    /// should be (`--out afile/sub`); nil otherwise.
    public static func folderObstacle(_ folder: URL) -> String? {
        var candidate = folder.standardizedFileURL
        while candidate.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : "\(candidate.path) is a file, not a folder"
            }
            candidate.deleteLastPathComponent()
        }
        return nil
    }

    /// The cause of a Foundation file error in plain words ("no such file or folder", "the disk is
    /// full"), without Foundation's domain and code.
    public static func plainReason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))).lowercased() }
        switch error.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
        case NSFileReadCorruptFileError: return "not readable as text"
        case NSFileWriteUnknownError: return "the file system refused the write"
        default: return error.localizedDescription
        }
    }

    public var errorDescription: String? { description }
}
