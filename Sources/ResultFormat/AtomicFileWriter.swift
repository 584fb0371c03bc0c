import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers only ever see the old or the complete new content:
/// the bytes go to a temporary file in the same folder, which is then renamed over the
/// destination. A failed write removes the temporary file and leaves the old file as it was.
public enum AtomicFileWriter {
    /// Lets `body` write the new content to a handle, then puts it in place at `url`.
    public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        let temporary = try stage(for: url, body)
        try commit(temporary, to: url)
    }

    /// Writes the new content of `url` in full to a temporary file beside it, and returns that
    /// file for ``commit(_:to:)``; on failure nothing is left behind.
    static func stage(for url: URL, _ body: (FileHandle) throws -> Void) throws -> URL {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ResultFormatError.writeFailed(file: url.path, reason: "cannot create a file in \(directory.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try body(handle)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            // Foundation's file errors (a full disk: NSCocoaErrorDomain 640) in plain words; the
            // body's own errors as they are.
            let domain = (error as NSError).domain
            guard domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain else { throw error }
            throw ResultFormatError.writeFailed(file: url.path, reason: ResultFormatError.plainReason(error))
        }
        return temporary
    }

    /// Renames a staged file over `url`; on failure removes it and leaves `url` as it was.
    static func commit(_ temporary: URL, to url: URL) throws {
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ResultFormatError.writeFailed(file: url.path, reason: reason)
        }
    }

    /// Writes each file's `data` as the new file `url` in a folder no reader sees yet (a result
    /// set's staging folder, see ``ResultSetWriter``): straight to its name, without the
    /// temporary file and renames of ``write(_:to:)``, and on disk before the folder is swapped
    /// in. All are written before the first is synchronised, so that the disk writes them
    /// together rather than one after the other. An error names the file it is about.
    static func writeUnseen(_ files: [(data: Data, url: URL)]) throws {
        var handles: [(handle: FileHandle, url: URL)] = []
        // Closed below once synchronised; on an earlier failure, here.
        defer { for opened in handles { try? opened.handle.close() } }
        for file in files {
            let descriptor = open(file.url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw ResultFormatError.writeFailed(file: file.url.path, reason: String(cString: strerror(errno)).lowercased())
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            handles.append((handle, file.url))
            do {
                try handle.write(contentsOf: file.data)
            } catch {
                throw ResultFormatError.writeFailed(file: file.url.path, reason: ResultFormatError.plainReason(error))
            }
        }
        while let opened = handles.first {
            do {
                try opened.handle.synchronize()
                handles.removeFirst()
                try opened.handle.close()
            } catch {
                throw ResultFormatError.writeFailed(file: opened.url.path, reason: ResultFormatError.plainReason(error))
            }
        }
    }

    /// Writes `data` to `url` whole or not at all.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { try $0.write(contentsOf: data) }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Checks before a long run that `folder` exists or can be made, and can be written to, so
    /// a run never simulates for nothing.
    public static func prepareFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ResultFormatError.writeFailed(file: folder.path, reason: "the folder cannot be created (\(ResultFormatError.folderObstacle(folder) ?? ResultFormatError.plainReason(error)))")
        }
        // A real write, not the permission bits: as root those always say yes.
        let probe = folder.appendingPathComponent(".bhvplan-write-check-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: probe.path, contents: Data()) else {
            throw ResultFormatError.writeFailed(file: folder.path, reason: "the folder is not writable")
        }
        try? FileManager.default.removeItem(at: probe)
    }
}
