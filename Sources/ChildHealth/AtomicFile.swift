import Foundation

/// Writes files so that a reader never sees half of one: the contents go to a temporary file
/// in the same folder, which is then renamed over the destination. A failed write leaves the
/// previous file untouched.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: url.path, reason: "could not be written (\(error.localizedDescription))")
        }
    }

    /// Checks before a run that `folder` exists or can be made, and can be written to.
    public static func prepareFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder.path, reason: "cannot be created (\(error.localizedDescription))")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw OutputError(path: folder.path, reason: "is not writable")
        }
    }
}

/// An output file or folder that cannot be written.
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
