import CSVText
import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// `bhvplan size`: staffing advice per unit to a confidence level, written when asked, and
/// optionally a budget of extra FTE spread over the units.
public enum SizeJob {
    /// What `bhvplan size` is asked beyond the scenario.
    public struct Options: Sendable {
        public var confidence: Double
        /// `--year Y` or `--years A-B`; nil: the first projected year.
        public var years: ClosedRange<Int>?
        /// The comma-separated `--targets` list (nil: the default targets).
        public var targets: String?
        public var maxPersons: Int
        public var personCostFTE: Double
        public var doctorHoursPerVisit: Double
        public var unit: String?
        public var out: String?
        public var budgetFTE: Double?
        /// `xlsx` adds staffing.xlsx in `language` to the set in `out`, whose CSV is in `csvDialect`.
        public var format: SummaryFormat = .table
        public var language: ReportLanguage = .en
        public var csvDialect: CSVDialect = .tidy
        /// No progress on stderr.
        public var quiet = false

        /// The defaults of `--person-cost-fte` and `--doctor-hours-per-visit` (assumptions).
        public static let defaultPersonCostFTE = SizingRequest.defaultPersonCostFTE
        public static let defaultDoctorHoursPerVisit = SizingRequest.defaultDoctorHoursPerVisit

        public init(confidence: Double, years: ClosedRange<Int>?, targets: String?, maxPersons: Int, personCostFTE: Double,
                    doctorHoursPerVisit: Double, unit: String?, out: String?, budgetFTE: Double?) {
            self.confidence = confidence
            self.years = years
            self.targets = targets
            self.maxPersons = maxPersons
            self.personCostFTE = personCostFTE
            self.doctorHoursPerVisit = doctorHoursPerVisit
            self.unit = unit
            self.out = out
            self.budgetFTE = budgetFTE
        }
    }

    public static func perform(_ scenarioRequest: ScenarioRequest, _ options: Options) throws(CommandFailure) {
        let scenario = try scenarioRequest.load()
        var request = SizingRequest(confidence: options.confidence, years: options.years, maxPersons: options.maxPersons,
                                    personCostFTE: options.personCostFTE, workers: scenarioRequest.workers)
        request.doctorHoursPerVisit = options.doctorHoursPerVisit
        request.unit = options.unit
        if let targets = options.targets { request.targets = try SizingTargets.parse(targets) }
        request.isCancelled = RunSession.isCancelled
        let progress = ProgressLine.unlessQuiet(options.quiet, label: "size \(scenario.name)", unit: "units")
        if let progress { request.progress = { done, total in progress.update(done: done, of: total) } }
        let folder = options.out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        try RunSession.stopIfInterrupted()  // and from here on SIGINT/SIGTERM stop the sizing cleanly
        let report: SizingReport
        let allocation: BudgetAllocation?
        do {
            report = try Sizing.advise(scenario, request: request)
            allocation = try options.budgetFTE.map { budget throws(SizingProblem) in
                try Sizing.allocate(budgetFTE: budget, in: scenario, request: request)
            }
        } catch where error.interrupted {
            throw RunSession.interrupted("during the sizing of '\(scenario.name)'")
        } catch {
            throw CommandFailure("bhvplan: \(error.description)", status: 2)
        }
        progress?.finish()
        if let folder {
            try CommandFailure.writing {
                try SizingFiles.write(report, to: folder, style: ResultFileStyle(
                    csvDialect: options.csvDialect, workbook: options.format == .xlsx ? options.language : nil))
            }
        }
        print(SizingSummary.render(report), terminator: "")
        if let allocation { print(SizingSummary.render(allocation), terminator: "") }
    }
}
