import ArgumentParser
import PlannerApp
import Foundation

/// Parses `latex,md,html,pdf`, and `xlsx` for the Excel workbook of the result files.
struct ReportFormats: ExpressibleByArgument {
    static let workbookName = "xlsx"

    var formats: Set<ReportFormat>
    /// `xlsx` was asked for.
    var workbook = false

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        workbook = parts.contains(Self.workbookName)
        let reports = parts.filter { $0 != Self.workbookName }
        let parsed = reports.compactMap(ReportFormat.init(rawValue:))
        guard !parts.isEmpty, parsed.count == reports.count else { return nil }
        formats = Set(parsed)
    }

    var defaultValueDescription: String {
        (ReportFormat.allCases.filter(formats.contains).map(\.rawValue) + (workbook ? [Self.workbookName] : [])).joined(separator: ",")
    }
}
