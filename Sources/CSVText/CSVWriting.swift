import CSV
import Foundation

/// Writes CSV text with yaslab/CSV.swift: fields separated by `separator`, a field quoted when
/// it holds the separator, a quote or a line break (RFC 4180), every record ended by LF.
public enum CSVWriting {
    /// The text of `records`, each ended by a line break; empty for no records.
    public static func text(_ records: [[String]], separator: String = ",") -> String {
        let stream = OutputStream.toMemory()
        // Writing to memory cannot fail: the writer throws only when a stream refuses bytes.
        guard let writer = try? CSVWriter(stream: stream, delimiter: separator) else { return "" }
        for record in records { try? writer.write(row: record) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return records.isEmpty ? "" : String(decoding: data, as: UTF8.self) + "\n"
    }
}
