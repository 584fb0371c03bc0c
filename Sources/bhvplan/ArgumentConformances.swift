import ArgumentParser
import PlannerApp

// Option values read by name from the command line.
extension ReportFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}
extension RunJob.Output: ExpressibleByArgument {}
extension SummaryFormat: ExpressibleByArgument {}
extension SensitivityJob.Format: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}
