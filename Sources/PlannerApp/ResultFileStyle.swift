import CSVText
import Foundation
import Reporting
import ResultFormat

/// How a result set's files are written, beyond what they hold: the dialect of its CSV files
/// (tidy, or Swedish Excel's), and the language of its Excel workbook when one is asked for.
public struct ResultFileStyle: Sendable {
    public var csvDialect: CSVDialect
    /// The workbook's language; nil writes no workbook.
    public var workbook: ReportLanguage?

    /// Tidy CSV files and no workbook, unless said otherwise.
    public init(csvDialect: CSVDialect = .tidy, workbook: ReportLanguage? = nil) {
        self.csvDialect = csvDialect
        self.workbook = workbook
    }

    /// The files of one table of a result set: its rows as CSV in the style's dialect and as
    /// JSON, and, when the style asks for a workbook, the one `workbook` makes in its language.
    func tableFiles<Row: ResultTableRow>(_ rows: [Row], csv: String, json: String,
                                         workbook: (name: String, data: (ReportLanguage) throws -> Data)? = nil) throws -> [(name: String, data: Data)] {
        var files = [(name: csv, data: Data(Row.csv(rows, dialect: csvDialect).utf8)), (name: json, data: Data(Row.json(rows).utf8))]
        if let language = self.workbook, let workbook { files.append((workbook.name, try workbook.data(language))) }
        return files
    }
}
