import CSVText
import Reporting

/// The report formats, languages and CSV dialects a command line chooses from, so that the
/// command line needs no more than the application layer.
public typealias ReportFormat = Reporting.ReportFormat
public typealias ReportLanguage = Reporting.ReportLanguage
public typealias CSVDialect = CSVText.CSVDialect
