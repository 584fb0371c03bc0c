import Foundation
import Testing

/// LibreOffice headless, a real spreadsheet program, reading a workbook back: every sheet
/// converted to CSV (`NAME-SHEET.csv`), as a person's Excel or Calc would see the cells.
enum SpreadsheetReader {
    /// The `libreoffice` (or `soffice`) on PATH; nil where it is not installed.
    static let program: URL? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in ["libreoffice", "soffice"] {
            for folder in paths {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    /// Each sheet of `workbook` as CSV text (UTF-8, comma, point), by sheet name.
    static func sheets(of workbook: URL) throws -> [String: String] {
        let program = try #require(program)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = program
        // A profile of its own, so that a desktop LibreOffice or another test does not lock it;
        // filter options: comma, double quote, UTF-8, …, -1 = every sheet to its own file.
        process.arguments = ["-env:UserInstallation=file://\(out.path)/profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                             "--outdir", out.path, workbook.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let stem = workbook.deletingPathExtension().lastPathComponent + "-"
        var sheets: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasPrefix(stem) && name.hasSuffix(".csv") {
            sheets[String(name.dropFirst(stem.count).dropLast(4))] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return sheets
    }

    /// Splits simple CSV text (quoted fields may hold commas) into rows of fields.
    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            var fields: [String] = [], field = "", quoted = false
            for character in line {
                switch character {
                case "\"": quoted.toggle()
                case "," where !quoted: fields.append(field); field = ""
                default: field.append(character)
                }
            }
            fields.append(field)
            return fields
        }
    }

    /// True when both tables have the same shape and every field is the same text or the same number.
    static func sameCells(_ read: [[String]], _ expected: [[String]]) -> Bool {
        guard read.count == expected.count else { return false }
        return zip(read, expected).allSatisfy { left, right in
            left.count == right.count && zip(left, right).allSatisfy { $0 == $1 || (Double($0) != nil && Double($0) == Double($1)) }
        }
    }
}
