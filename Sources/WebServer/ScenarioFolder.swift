import Foundation

/// The scenario files the server may read: the `.yaml`/`.yml` files directly in its folder, known
/// by their name without the extension. A name from a request is only ever looked up in this list,
/// never joined to a path, so `..`, `%2f` or an absolute path cannot reach outside the folder; a
/// file that is a link pointing outside the folder is not listed.
struct ScenarioFolder: Sendable {
    let folder: URL

    /// The scenario names, sorted.
    func names() -> [String] {
        Array(files().keys).sorted()
    }

    /// The file of scenario `name`, or nil when the folder has no such scenario.
    func file(_ name: String) -> URL? { files()[name] }

    private func files() -> [String: URL] {
        let root = folder.resolvingSymlinksInPath().path
        let entries = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var found: [String: URL] = [:]
        for entry in entries where ["yaml", "yml"].contains(entry.pathExtension) {
            let resolved = entry.resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            guard resolved.deletingLastPathComponent().path == root,
                  FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            found[entry.deletingPathExtension().lastPathComponent] = entry
        }
        return found
    }
}
