import ArgumentParser

/// Checks of the path options, so that a slip on the command line is refused (exit status 64)
/// instead of writing somewhere unexpected.
enum PathOptions {
    /// `--out ""` would write into the current folder: refused.
    static func checkOut(_ out: String?) throws {
        if let out, out.isEmpty { throw ValidationError("--out must name a folder (got an empty path)") }
    }

    /// `--name` is a file name inside `--out`: `../../x` would write outside it and `a/b` would
    /// create folders, so path separators (and `.`, `..`, nothing) are refused.
    static func checkName(_ name: String) throws {
        if name.isEmpty || name == "." || name == ".." || name.contains("/") || name.contains("\0") {
            throw ValidationError("--name must be a file name without '/' (got '\(name)')")
        }
    }

    /// A workbook is part of the result set, so `--format xlsx` needs `--out`.
    static func checkWorkbook(_ asked: Bool, out: String?, file: String) throws {
        if asked, out == nil { throw ValidationError("--format xlsx writes \(file) into the result folder: give --out DIR as well") }
    }
}
