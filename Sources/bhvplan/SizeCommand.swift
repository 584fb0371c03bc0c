import ArgumentParser
import Foundation
import PlannerApp

struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Advise per unit the least nurse FTE, in persons, that meets chosen targets with a chosen confidence.",
        discussion: """
            For every number of persons up to --max-persons, the least FTE that meets the targets; the advice \
            takes the fewest persons unless more save more FTE than --person-cost-fte per extra person, and its \
            note says what the others would buy. With --years the advice meets the targets in each year of the \
            period and says in which year the need changes. Doctors get a headcount range: enough for the \
            doctor visits' hours, few enough for 25 newborns each. The advice is the unit's staff list as the \
            scenario file gives it (the scenario's interventions still apply on top). Where the \
            newborns-per-FTE ceiling and the 25-per-nurse floor cannot both be met, the note says so and what \
            pooling with a neighbour in the same municipality would achieve.

            Example: bhvplan size Scenarios/default.yaml --trials 500 --confidence 0.8 --out out/
            """)

    @Argument(help: "Scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    @OptionGroup var simulation: SimulationOptions

    @Option(parsing: .unconditional, help: "Least probability with which every target must be met.")
    var confidence: Double = 0.8

    @Option(parsing: .unconditional, help: "Calendar year to size for (default: the first projected year).")
    var year: Int?

    @Option(help: "Period to size for, e.g. 2026-2028: the advice meets the targets in each year and says in which year the need changes.")
    var years: String?

    @Option(help: "Show the trade-off between persons and FTE for this unit only (its id).")
    var unit: String?

    @Option(help: """
        Targets to meet, comma separated (default: newborns_per_nurse_fte,newborns_per_nurse,first_home_visit; \
        also eight_month_home_visit, parent_group, epds, partner_talk).
        """)
    var targets: String?

    @Option(parsing: .unconditional, help: "Most nurse persons a unit may be advised.")
    var maxPersons: Int = 6

    @Option(parsing: .unconditional, help: """
        FTE an extra person must save to be advised (assumption: recruiting, induction, continuity for the families).
        """)
    var personCostFte: Double = SizeJob.Options.defaultPersonCostFTE

    @Option(parsing: .unconditional, help: "Doctor hours per doctor visit, including documentation (assumption).")
    var doctorHoursPerVisit: Double = SizeJob.Options.defaultDoctorHoursPerVisit

    @Option(help: "Folder to write staffing.csv and staffing.json into.", completion: .directory)
    var out: String?

    @Option(parsing: .unconditional, help: "Also spread this many extra nurse FTE over the units to raise the expected number of targets met.")
    var budgetFte: Double?

    @Option(help: "table prints the advice; xlsx also adds staffing.xlsx to --out.")
    var format: SummaryFormat = .table

    @OptionGroup var style: ResultStyleOptions

    func validate() throws {
        try PathOptions.checkOut(out)
        try PathOptions.checkWorkbook(format == .xlsx, out: out, file: "staffing.xlsx")
        // NaN slips through every comparison, and infinity through "at least": refused by name.
        if !confidence.isFinite { throw ValidationError("--confidence: \(confidence) is not a finite number (allowed: 0 < x < 1)") }
        if !personCostFte.isFinite {
            throw ValidationError("--person-cost-fte: \(personCostFte) is not a finite number (allowed: 0 ≤ x ≤ 1)")
        }
        if !doctorHoursPerVisit.isFinite {
            throw ValidationError("--doctor-hours-per-visit: \(doctorHoursPerVisit) is not a finite number (allowed: 0 < x ≤ 8)")
        }
        if year != nil && years != nil { throw ValidationError("--year and --years: give one of them, not both") }
        _ = try period()
        if let budgetFte, !budgetFte.isFinite {
            throw ValidationError("--budget-fte: \(budgetFte) is not a finite number (allowed: a number of extra FTE)")
        }
    }

    /// `--years A-B` (or a single year) as a range; `--year Y` as a range of one.
    func period() throws -> ClosedRange<Int>? {
        if let year { return year...year }
        return try years.map { try YearPeriod.parse($0) }
    }

    func run() throws {
        var options = SizeJob.Options(confidence: confidence, years: try period(), targets: targets, maxPersons: maxPersons,
                                      personCostFTE: personCostFte, doctorHoursPerVisit: doctorHoursPerVisit, unit: unit,
                                      out: out, budgetFTE: budgetFte)
        (options.format, options.language, options.csvDialect, options.quiet) = (format, style.lang, style.csvDialect, style.quiet)
        try perform { () throws(CommandFailure) in
            try SizeJob.perform(simulation.request(scenario), options)
        }
    }
}
