import Foundation

/// Reads an input file as UTF-8 text, turning every way it can fail into an ``InputProblem``.
enum InputFile {
    /// The text of the file at `path`; `kind` says in messages what the file should hold, e.g.
    /// "a scenario in YAML".
    static func text(at path: String, kind: String) -> Result<String, InputProblem> {
        func problem(_ line: Int?, _ message: String) -> Result<String, InputProblem> {
            .failure(InputProblem(file: path, line: line, field: "", message: message))
        }
        if let message = pathProblem(path, kind: kind) { return problem(nil, message) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return problem(nil, "cannot be read (allowed: a file you may read; check its permissions)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return problem(firstInvalidUTF8Line(data), "is not UTF-8 text (allowed: UTF-8; save the file as UTF-8)")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return problem(nil, "is empty (allowed: \(kind))")
        }
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    /// What is wrong with `path` itself (it does not exist, is a folder, is not a regular file),
    /// or nil: a problem of the path, which the file that names it should be blamed for.
    static func pathProblem(_ path: String, kind: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return "does not exist (allowed: the path of an existing file; a scenario's CSV paths are relative to its folder)"
        }
        guard !isDirectory.boolValue else { return "is a folder (allowed: a file holding \(kind))" }
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular else { return "is not a regular file (allowed: a file holding \(kind))" }
        return nil
    }

    /// The line of the first byte sequence that is not valid UTF-8.
    private static func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(data: data[start...index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    /// `path` resolved against the folder of the file that names it.
    static func resolve(_ path: String, relativeTo file: String) -> String {
        if path.hasPrefix("/") { return path }
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
    }
}
