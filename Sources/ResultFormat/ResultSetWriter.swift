import Foundation

/// Puts the files of one result set (a run's results, a comparison, staffing advice) into a
/// folder together: every file is written in full beside its destination first, and only when
/// all are written are they renamed into place, one after the other. A write that fails leaves
/// every old file as it was and removes what it staged; a rename that fails (rare: the files
/// are already written in the same folder) leaves the files renamed before it replaced.
public enum ResultSetWriter {
    /// Writes `files` (name and text) into `folder`, creating the folder when needed.
    public static func write(_ files: [(name: String, text: String)], into folder: URL) throws {
        try AtomicFileWriter.prepareFolder(folder)
        var staged: [(temporary: URL, destination: URL)] = []
        defer { for file in staged { try? FileManager.default.removeItem(at: file.temporary) } }
        for file in files {
            let destination = folder.appendingPathComponent(file.name)
            staged.append((try AtomicFileWriter.stage(for: destination) { try $0.write(contentsOf: Data(file.text.utf8)) }, destination))
        }
        for file in staged { try AtomicFileWriter.commit(file.temporary, to: file.destination) }
    }

    /// Writes `rows` as a CSV file and a JSON file of the same rows into `folder`, as one set.
    public static func write<Row: ResultTableRow>(_ rows: [Row], csv: String, json: String, into folder: URL) throws {
        try write([(csv, Row.csv(rows)), (json, Row.json(rows))], into: folder)
    }
}
