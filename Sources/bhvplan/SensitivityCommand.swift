import ArgumentParser
import Foundation
import PlannerApp

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Show which assumptions move a target most (a tornado), and why targets are missed.",
        discussion: """
            Each uncertain assumption of the scenario is set to the low and the high end of its range, one at a \
            time, on common random numbers (the scenario's seed and trials): the change in the probability of \
            meeting the target and in its mean, largest first. A range is the one the scenario states under \
            `sensitivity:`, else the sources' where they give one, else the value ±20% (an assumption); each is \
            printed with its origin. Then every target of the unit (of every unit, for the region) met with a \
            probability below --confidence is attributed: its missed trials re-run without one driver at a time \
            (births at their expected value, no vacancies, sick leave at its mean, no summer vacation peak, no long \
            leave), giving the share each driver alone would have avoided and the share none does.

            Example: bhvplan sensitivity Scenarios/default.yaml --unit VXJ-ARABY --year 2027 --trials 500 --out out/
            """)

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Unit id, or REGION (default): where the tornado is of; the unit whose misses are attributed (REGION: every unit).")
    var unit: String?

    @Option(parsing: .unconditional, help: "Calendar year (default: the first projected year).")
    var year: Int?

    @Option(help: "Indicator id of the tornado (default: first_home_visit; also newborns_per_nurse_fte, newborns_per_nurse, newborns_per_doctor, eight_month_home_visit, parent_group, epds, partner_talk).")
    var target: String?

    @Option(parsing: .unconditional, help: "Targets met with a lower probability are attributed to their drivers.")
    var confidence: Double = 0.8

    @Option(help: "Folder to write sensitivity.csv, sensitivity.json, attribution.csv and attribution.json into.", completion: .directory)
    var out: String?

    @Option(help: "table prints the tornado and a sentence per missed target; json prints both files' rows for tools.")
    var format: SensitivityJob.Format = .table

    @OptionGroup var style: ResultStyleOptions

    func validate() throws {
        try PathOptions.checkOut(out)
        if !confidence.isFinite { throw ValidationError("--confidence: \(confidence) is not a finite number (allowed: 0 < x < 1)") }
    }

    func run() throws {
        var options = SensitivityJob.Options(unit: unit, year: year, target: target, confidence: confidence, out: out)
        (options.format, options.language, options.csvDialect, options.quiet) = (format, style.lang, style.csvDialect, style.quiet)
        try perform { () throws(CommandFailure) in
            try SensitivityJob.perform(simulation.request(scenario), options)
        }
    }
}
