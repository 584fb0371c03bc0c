import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts one result set (a run's results, a comparison, staffing advice) into a folder whole or not
/// at all. The new folder is built beside the old one (`.NAME.staging-PID`): the old folder's other
/// files are linked into it, the set's files and `manifest.json` (see ``ResultManifest``) are
/// written in full, and the new folder is then exchanged with the old one in one atomic rename
/// (`renameat2` with `RENAME_EXCHANGE`). A reader, or a run killed at any point, sees the old
/// folder or the new one, never a mix. A folder that does not exist yet (nor its parents) is
/// created only by that last rename.
///
/// Because the folder is replaced whole, it may hold files but no folders, and may not be the
/// current folder; ``prepare(_:)`` checks this before a long run.
public enum ResultSetWriter {
    /// Writes `files` (name and text) as the set of `kind` into `folder`, keeping the folder's
    /// other files and sets.
    public static func write(_ files: [(name: String, text: String)], as kind: ResultSetKind, into folder: URL) throws {
        try write(files.map { (name: $0.name, data: Data($0.text.utf8)) }, as: kind, into: folder)
    }

    /// Writes `files` (name and bytes: text files and workbooks alike) as the set of `kind` into
    /// `folder`, keeping the folder's other files and sets.
    public static func write(_ contents: [(name: String, data: Data)], as kind: ResultSetKind, into folder: URL) throws {
        let folder = resolved(folder)
        let manager = FileManager.default
        try prepare(folder)
        let home = try stagingHome(for: folder)
        removeStale(for: folder)
        let staging = home.appendingPathComponent(".\(folder.lastPathComponent).staging-\(getpid())")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw failure(folder, "cannot build the new set in \(home.path) (\(ResultFormatError.plainReason(error)))")
        }
        defer { try? manager.removeItem(at: staging) }
        let exists = manager.fileExists(atPath: folder.path)
        var manifest = ResultManifest()
        if exists {
            try carryOver(from: folder, to: staging, except: Set(kind.files + [ResultFiles.manifest]))
            manifest = (try? ResultManifest.read(in: folder)) ?? ResultManifest()
            if let permissions = try? manager.attributesOfItem(atPath: folder.path)[.posixPermissions] {
                try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: staging.path)
            }
        }
        manifest.sets[kind.rawValue] = ResultManifest.Entry(files: contents)
        let files = contents + [(ResultFiles.manifest, Data(manifest.json.utf8))]
        do {
            try AtomicFileWriter.writeUnseen(files.map { (data: $0.data, url: staging.appendingPathComponent($0.name)) })
        } catch ResultFormatError.writeFailed(let path, let reason) {
            // Named by where the file was going, not by the staging folder.
            throw failure(folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent), reason)
        }
        try swapIn(staging, at: folder, existing: exists)
    }

    /// Checks before a long run, without creating anything, that a set can be swapped into
    /// `folder`: it is a folder or does not exist yet, holds no folders, is not the current
    /// folder, and the folder it is built in can be written.
    public static func prepare(_ folder: URL) throws {
        let folder = resolved(folder)
        let manager = FileManager.default
        if let target = try? manager.destinationOfSymbolicLink(atPath: folder.path) {
            throw failure(folder, "it is a symbolic link to '\(target)', which does not exist or leads to itself")
        }
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw failure(folder, "it is a file, not a folder") }
            let current = URL(fileURLWithPath: manager.currentDirectoryPath).resolvingSymlinksInPath().path
            if current == folder.path || current.hasPrefix(folder.path + "/") {
                throw failure(folder, "it is the current folder or holds it; a result folder is replaced whole, so give --out a folder of its own")
            }
            let inside = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            let folders = inside.filter { name in
                var isFolder: ObjCBool = false
                return manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
                    && (try? manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent(name).path)) == nil
            }.sorted()
            if !folders.isEmpty {
                throw failure(folder, "it holds folders (\(folders.joined(separator: ", "))); a result folder is replaced whole, "
                              + "so give --out a folder of its own")
            }
        }
        let home = try stagingHome(for: folder)
        var homeStatus = stat(), folderStatus = stat()
        if stat(home.path, &homeStatus) == 0, stat(folder.path, &folderStatus) == 0, homeStatus.st_dev != folderStatus.st_dev {
            throw failure(folder, "it is a mount point; a result folder is replaced whole, so give --out a folder inside it")
        }
        // A real write, not the permission bits: as root those always say yes.
        let probe = home.appendingPathComponent(".\(folder.lastPathComponent).staging-\(getpid())-check")
        do {
            try manager.createDirectory(at: probe, withIntermediateDirectories: false)
        } catch {
            throw failure(folder, "the folder it is built in, \(home.path), cannot be written (\(ResultFormatError.plainReason(error)))")
        }
        try? manager.removeItem(at: probe)
        if manager.fileExists(atPath: folder.path) {
            let probe = folder.appendingPathComponent(".bhvplan-write-check-\(getpid())")
            guard manager.createFile(atPath: probe.path, contents: Data()) else { throw failure(folder, "the folder is not writable") }
            try? manager.removeItem(at: probe)
        }
    }

    /// Removes what runs into `folder` killed before they finished left beside it: staging folders
    /// (`.NAME.staging-PID`) and old folders (`.NAME.old-PID`) of processes no longer running. An
    /// old folder whose replacement never arrived is put back.
    public static func removeStale(for folder: URL) {
        let folder = resolved(folder)
        let manager = FileManager.default
        guard let home = try? stagingHome(for: folder), let names = try? manager.contentsOfDirectory(atPath: home.path) else { return }
        for name in names {
            for kind in ["staging", "old"] {
                let prefix = ".\(folder.lastPathComponent).\(kind)-"
                guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }),
                      pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let stale = home.appendingPathComponent(name)
                if kind == "old" && !manager.fileExists(atPath: folder.path) {
                    _ = rename(stale.path, folder.path)
                } else {
                    try? manager.removeItem(at: stale)
                }
            }
        }
    }

    /// True for the temporary files a killed writer leaves behind: this package's `.NAME.UUID.tmp`
    /// and write checks, and Foundation's `.dat.nosync…`.
    static func isStaleTemporary(_ name: String) -> Bool {
        (name.hasPrefix(".") && name.hasSuffix(".tmp")) || name.contains(".dat.nosync") || name.hasPrefix(".bhvplan-write-check-")
    }

    /// Links every file of `folder` into `staging` but those named in `except` and stale temporary
    /// files (copies where a link cannot be made).
    private static func carryOver(from folder: URL, to staging: URL, except: Set<String>) throws {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw failure(folder, "cannot be read (\(ResultFormatError.plainReason(error)))")
        }
        for name in names where !except.contains(name) && !isStaleTemporary(name) {
            let source = folder.appendingPathComponent(name), target = staging.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue,
               (try? manager.destinationOfSymbolicLink(atPath: source.path)) == nil {
                throw failure(folder, "it holds a folder (\(name)); a result folder is replaced whole, so give --out a folder of its own")
            }
            if link(source.path, target.path) == 0 { continue }
            do {
                try manager.copyItem(at: source, to: target)
            } catch {
                throw failure(source, "cannot be kept in the new folder (\(ResultFormatError.plainReason(error)))")
            }
        }
    }

    /// Puts the complete folder `staging` (beside `folder`) in place of `folder` in one atomic
    /// exchange, and removes the old folder.
    public static func replace(_ folder: URL, with staging: URL) throws {
        let manager = FileManager.default
        let existing = manager.fileExists(atPath: folder.path)
        try swapIn(staging, at: folder, existing: existing)
        if existing { try? manager.removeItem(at: staging) }  // now the old folder
    }

    /// Puts the complete `staging` folder in place of `folder` in one rename.
    private static func swapIn(_ staging: URL, at folder: URL, existing: Bool) throws {
        let manager = FileManager.default
        guard existing else {
            do {
                try manager.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw failure(folder, "its parent folder cannot be created (\(ResultFormatError.plainReason(error)))")
            }
            guard rename(staging.path, folder.path) == 0 else { throw failure(folder, String(cString: strerror(errno))) }
            return
        }
        if exchange(staging.path, folder.path) == 0 { return }  // `staging` now holds the old folder, removed by the caller.
        guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else {
            throw failure(folder, String(cString: strerror(errno)))
        }
        // A file system without RENAME_EXCHANGE: two renames; `removeStale` puts the old folder
        // back if the process dies between them.
        let old = staging.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).old-\(getpid())")
        try? manager.removeItem(at: old)
        guard rename(folder.path, old.path) == 0 else { throw failure(folder, String(cString: strerror(errno))) }
        guard rename(staging.path, folder.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old.path, folder.path)
            throw failure(folder, reason)
        }
        try? manager.removeItem(at: old)
    }

    /// Exchanges two paths atomically (Linux `renameat2(…, RENAME_EXCHANGE)`); -1 with `errno`
    /// set where it cannot.
    private static func exchange(_ first: String, _ second: String) -> Int32 {
        #if os(Linux)
        return linuxRenameat2(-100 /* AT_FDCWD */, first, -100, second, 1 << 1 /* RENAME_EXCHANGE */)
        #else
        errno = ENOSYS
        return -1
        #endif
    }

    /// The folder the set is built in: the nearest existing ancestor of `folder` (its parent when
    /// that exists), so that the new folder is on the same file system.
    private static func stagingHome(for folder: URL) throws -> URL {
        let manager = FileManager.default
        var candidate = folder.deletingLastPathComponent()
        while true {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else { throw failure(folder, "\(candidate.path) is a file, not a folder") }
                return candidate
            }
            if candidate.path == "/" { return candidate }
            candidate.deleteLastPathComponent()
        }
    }

    /// `folder` made absolute, without `.`/`..`, through symbolic links to the real folder.
    private static func resolved(_ folder: URL) -> URL {
        URL(fileURLWithPath: folder.path).standardizedFileURL.resolvingSymlinksInPath()
    }

    private static func failure(_ url: URL, _ reason: String) -> ResultFormatError {
        .writeFailed(file: url.path, reason: reason)
    }
}

#if os(Linux)
@_silgen_name("renameat2")
private func linuxRenameat2(_ oldDirectory: Int32, _ oldPath: UnsafePointer<CChar>, _ newDirectory: Int32,
                            _ newPath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif
