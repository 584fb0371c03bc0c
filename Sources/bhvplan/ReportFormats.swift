import ArgumentParser
import PlannerApp
import Foundation

/// Parses `latex,md,html,pdf`.
struct ReportFormats: ExpressibleByArgument {
    var formats: Set<ReportFormat>

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let parsed = parts.compactMap(ReportFormat.init(rawValue:))
        guard !parts.isEmpty, parsed.count == parts.count else { return nil }
        formats = Set(parsed)
    }

    var defaultValueDescription: String {
        ReportFormat.allCases.filter(formats.contains).map(\.rawValue).joined(separator: ",")
    }
}
