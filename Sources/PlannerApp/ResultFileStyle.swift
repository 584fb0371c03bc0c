import CSVText
import Reporting

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
}
