import CSVText
import Foundation

/// Reads an input file as text, turning every way it can fail into an ``InputProblem``.
enum InputFile {
    /// The UTF-8 text of the file at `path`; `kind` says in messages what the file should hold,
    /// e.g. "a scenario in YAML".
    static func text(at path: String, kind: String) -> Result<String, InputProblem> {
        contents(at: path, kind: kind).flatMap { data in
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(InputProblem(file: path, line: firstInvalidUTF8Line(data), field: "",
                                             message: "is not UTF-8 text (allowed: UTF-8; save the file as UTF-8)"))
            }
            return nonEmpty(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, path: path, kind: kind)
        }
    }

    /// The text of the CSV file at `path` and its encoding: UTF-8 with or without a byte-order
    /// mark, or Windows-1252 as Excel on a Swedish Windows saves "CSV" (``CSVEncoding``).
    static func csvText(at path: String, kind: String) -> Result<(text: String, encoding: CSVEncoding), InputProblem> {
        contents(at: path, kind: kind).flatMap { data in
            guard let (text, encoding) = CSVEncoding.decode(data) else {
                return .failure(InputProblem(file: path, line: firstInvalidUTF8Line(data), field: "",
                                             message: "is neither UTF-8 nor Windows-1252 text (allowed: UTF-8 with or without "
                                                 + "byte-order mark, or Windows-1252 as Excel saves CSV)"))
            }
            return nonEmpty(text, path: path, kind: kind).map { (text: $0, encoding: encoding) }
        }
    }

    /// The bytes of the file at `path`, or the problem with its path or its permissions.
    private static func contents(at path: String, kind: String) -> Result<Data, InputProblem> {
        if let message = pathProblem(path, kind: kind) { return .failure(InputProblem(file: path, line: nil, field: "", message: message)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(file: path, line: nil, field: "",
                                         message: "cannot be read (allowed: a file you may read; check its permissions)"))
        }
        return .success(data)
    }

    /// `text`, or the problem that it holds nothing but white space.
    private static func nonEmpty(_ text: String, path: String, kind: String) -> Result<String, InputProblem> {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(InputProblem(file: path, line: nil, field: "", message: "is empty (allowed: \(kind))"))
        }
        return .success(text)
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
