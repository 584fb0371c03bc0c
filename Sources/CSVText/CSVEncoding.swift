import Foundation

/// The character encodings a CSV file may come in: UTF-8 with or without a byte-order mark (Excel
/// writes the mark for "CSV UTF-8"), or Windows-1252, in which Excel on a Swedish Windows saves
/// plain "CSV" (å, ä, ö as single bytes).
public enum CSVEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with byte-order mark"
    case windows1252 = "Windows-1252"

    /// The text of `data` and the encoding it was read in: UTF-8 when the bytes are valid UTF-8,
    /// else Windows-1252; nil when they are neither (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D have no
    /// character in Windows-1252, and NUL bytes mean a binary file).
    public static func decode(_ data: Data) -> (text: String, encoding: CSVEncoding)? {
        let bom = Data([0xEF, 0xBB, 0xBF])
        if data.starts(with: bom) {
            return String(data: data.dropFirst(3), encoding: .utf8).map { ($0, .utf8WithBOM) }
        }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        guard !data.contains(0), !data.contains(where: { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }),
              let text = String(data: data, encoding: .windowsCP1252) else { return nil }
        return (text, .windows1252)
    }
}
