import Foundation

/// Reads an input file as UTF-8 text, turning every way it can fail into an ``InputProblem``.
enum InputFile {
    static func text(at path: String, field: String = "") -> Result<String, InputProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(InputProblem(file: path, line: nil, field: field, message: "file does not exist"))
        }
        guard !isDirectory.boolValue else {
            return .failure(InputProblem(file: path, line: nil, field: field, message: "is a folder, not a file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(file: path, line: nil, field: field, message: "cannot be read (check its permissions)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = firstInvalidUTF8Line(data)
            return .failure(InputProblem(file: path, line: line, field: field, message: "is not UTF-8 text (allowed: UTF-8; save the file as UTF-8)"))
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(InputProblem(file: path, line: nil, field: field, message: "is empty"))
        }
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
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
