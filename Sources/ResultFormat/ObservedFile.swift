import Foundation

/// Reads `observed.csv` (`bhvplan observe`) for a report: the rows of ``ObservedRow``, each
/// checked to be an observation (`scenario` = `observed`) and given once per unit, year and
/// indicator, so a results file passed by mistake, or two extracts pasted together, is refused
/// with the file, line and column rather than drawn.
public enum ObservedFile {
    /// The observations of `text`; `fileName` names the file in errors.
    public static func read(csv text: String, fileName: String) throws(ResultFormatError) -> [ObservedRow] {
        // The standard errors may be left out, as in results.csv: an observation has none.
        let required = ObservedRow.columns.filter { !ResultRow.optionalColumns.contains($0) }
        let records = try TableRecord.records(in: text, fileName: fileName, required: required)
        var firstLine: [String: Int] = [:]
        return try records.map { record throws(ResultFormatError) in
            let scenario = record.text(ObservedRow.Column.scenario.rawValue).trimmingCharacters(in: .whitespaces)
            guard scenario == ObservedRow.scenario else {
                throw record.problem("scenario: '\(scenario)' is not an observation (allowed: \(ObservedRow.scenario), "
                                     + "as `bhvplan observe` writes observed.csv)")
            }
            let row = try ObservedRow(record)
            let key = "\(row.unit) \(row.year) \(row.indicator)"
            if let first = firstLine[key] {
                throw record.problem("unit, year, indicator: \(key) is given twice, first on line \(first) "
                                     + "(allowed: one row per unit, year and indicator)")
            }
            firstLine[key] = record.line
            return row
        }
    }

    /// The observations in `path`: a file, or a folder holding `observed.csv`. Errors name the
    /// file by the path given.
    public static func read(path: String) throws(ResultFormatError) -> [ObservedRow] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadableFile(file: path, reason: "no such file or folder (allowed: observed.csv as `bhvplan observe --out` "
                                  + "writes it, or the folder holding it)")
        }
        let file = isFolder.boolValue ? (path.hasSuffix("/") ? path : path + "/") + ResultFiles.observed : path
        guard FileManager.default.fileExists(atPath: file) else {
            throw .unreadableFile(file: file, reason: "no such file (allowed: a folder holding observed.csv, as `bhvplan observe --out` writes it)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw .unreadableFile(file: file, reason: ResultFormatError.plainReason(error))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadableFile(file: file, reason: "not UTF-8 text") }
        return try read(csv: text, fileName: file)
    }
}
