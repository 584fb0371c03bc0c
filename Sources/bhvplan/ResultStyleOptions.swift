import ArgumentParser
import PlannerApp
import Reporting

/// How the commands that write a result set (run, compare, size) style it and whether they show
/// progress: one declaration, so the three say the same thing the same way.
struct ResultStyleOptions: ParsableArguments {
    @Option(help: "Language of the workbook's sheet names and headers; for run also the table's decimal marker (sv: decimal comma).")
    var lang: ReportLanguage = .en

    @Option(help: "CSV files as tidy (comma, decimal point) or excel-sv (semicolon, decimal comma, UTF-8 byte-order mark: opens in Swedish Excel by double-click).")
    var csvDialect: CSVDialect = .tidy

    @Flag(help: "Show no progress on stderr.")
    var quiet = false
}
