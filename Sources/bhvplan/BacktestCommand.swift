import ArgumentParser
import PlannerApp

struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Project each year from a scenario calibrated on the years before it, and compare with what was registered.",
        discussion: """
            Per year and indicator: the share of observations inside the projected P5–P95 (about 90% when the \
            projection knows its uncertainty), the mean absolute error of the means, and the histogram of the \
            observations' percentiles (flat when calibrated). With --out writes backtest.csv, \
            which `bhvplan report DIR` renders as a page.

            Example: bhvplan backtest Scenarios/default.yaml --observed Scenarios/observed --years 2023-2025 --trials 500
            """)

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @Option(help: "Follow-up folder (registrations.csv; optional connections.csv, staffing-report.csv, codes.yaml).",
            completion: .directory)
    var observed: String

    @Option(help: "Years to project, FIRST-LAST (default: every observed year with two observed years before it).")
    var years: String?

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Folder to write backtest.csv into.", completion: .directory)
    var out: String?

    func validate() throws {
        if let years { _ = try YearPeriod.parse(years) }
        try PathOptions.checkOut(out)
    }

    func run() throws {
        let period = try years.map { try YearPeriod.parse($0) }
        try perform { () throws(CommandFailure) in
            try BacktestJob.perform(BacktestJob.Options(request: simulation.request(scenario), observed: observed, years: period, out: out))
        }
    }
}
