import ChildHealth
import CSVText
import Foundation
import ResultFormat

/// `bhvplan synthesize`: a made-up follow-up of a scenario's region — registrations,
/// connections, staffing report — from one simulated trial with the scenario's (known) parameters
/// (``SyntheticFollowUp``), with a README that says it is synthetic, how it was made and from
/// which parameters.
public enum SynthesizeJob {
    /// What `bhvplan synthesize` is given.
    public struct Options: Sendable {
        public var scenario: String
        public var years: ClosedRange<Int>
        public var seed: UInt64
        public var out: String
        public var workers: Int

        public init(scenario: String, years: ClosedRange<Int>, seed: UInt64, out: String,
                    workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.scenario = scenario
            self.years = years
            self.seed = seed
            self.out = out
            self.workers = workers
        }
    }

    public static func perform(_ options: Options) throws(CommandFailure) {
        let folder = URL(fileURLWithPath: options.out)
        try CommandFailure.writing { try ResultSetWriter.prepare(folder) }
        let scenario = try ScenarioRequest(path: options.scenario, workers: options.workers).load()
        guard let synthetic = SyntheticFollowUp(scenario: scenario, years: options.years, seed: options.seed, workers: options.workers) else {
            throw CommandFailure("bhvplan: the bundled code map names no keyword for a family activity or no code to ignore", status: 1)
        }
        let extract = synthetic.extract
        let registrations = [["child", "born", "date", "code", "unit"]] + extract.registrations.map {
            [$0.child, $0.born.description, $0.date.description, $0.code, $0.unitOnNewYearsEve ?? ""]
        }
        let connections = [["child", "unit", "from", "to"]] + extract.connections.map {
            [$0.child, $0.unit, $0.from.description, $0.to?.description ?? ""]
        }
        let staffing = [["unit", "year", "nurse_fte", "nurse_persons", "doctor_persons", "cni"]] + extract.staffing.map {
            [$0.unit, String($0.year), NumberFormat.string($0.nurseFTE), String($0.nursePersons), String($0.doctorPersons),
             $0.cni.map(NumberFormat.string) ?? ""]
        }
        try CommandFailure.writing {
            try ResultSetWriter.write([
                (ResultFiles.registrations, CSVWriting.text(registrations)),
                (ResultFiles.connections, CSVWriting.text(connections)),
                (ResultFiles.staffingReport, CSVWriting.text(staffing)),
                (ResultFiles.readme, readme(synthetic, options: options)),
            ], as: .synthetic, into: folder)
        }
        print("\(options.out): \(extract.connections.count) synthetic children, \(extract.registrations.count) registrations, "
              + "\(extract.staffing.count) staffing reports (\(synthetic.scenario.units.count) units, "
              + "\(options.years.lowerBound)–\(options.years.upperBound))")
    }

    /// How the extended programme's registrations were made, for the README of a follow-up that has them.
    static let programmeText = """
        The extended programme's registrations (KVÅ UX273–UX278 visits, UX284 declined, UX293 not offered, UX294 left) are \
        drawn family by family with the intervention's rates, not taken from the trial: a family in the target group \
        (first-time parents, drawn with the unit's first-time share, or every family) born from the programme's start is \
        offered it with the offer rate, accepts with the acceptance rate, and before each visit leaves with the drop-out \
        chance (registered on the day the visit was due) or has the visit. Every visit due is made (the hours are not \
        drawn for it), and nothing dated after the last year is registered, so the youngest families are still in the programme.
        """

    /// The README of a synthetic follow-up: that it is made up, the command that made it, and the
    /// parameters it was made with beside the built-in defaults.
    static func readme(_ synthetic: SyntheticFollowUp, options: Options) -> String {
        let scenario = synthetic.scenario
        let defaults = Scenario(name: "", units: [], startYear: 0, horizon: 1)
        func row(_ field: String, _ value: Double, _ standard: Double) -> String {
            "| `\(field)` | \(NumberFormat.string(value)) | \(NumberFormat.string(standard))\(value == standard ? "" : " (differs)") |"
        }
        var rows = [
            row("births.trend_per_year", scenario.births.trendPerYear, defaults.births.trendPerYear),
            row("births.rate_cv", scenario.births.rateCV, defaults.births.rateCV),
        ]
        for activity in Activity.familyActivities {
            rows.append(row("workload.\(activity.rawValue).acceptance", scenario.workload.standard(for: activity).acceptance,
                            defaults.workload.standard(for: activity).acceptance))
        }
        rows += [
            row("staffing.sick_leave_mean", scenario.staffing.sickLeaveMean, defaults.staffing.sickLeaveMean),
            row("staffing.turnover_per_year", scenario.staffing.turnoverPerYear, defaults.staffing.turnoverPerYear),
            row("staffing.vacancy_mean_months", scenario.staffing.vacancyMeanMonths, defaults.staffing.vacancyMeanMonths),
        ]
        let programmeDefaults = ExtendedProgramme()
        for (index, intervention) in scenario.interventions.enumerated() {
            guard case .extendedProgramme(let programme) = intervention.kind else { continue }
            rows += [
                row("interventions[\(index)].offer_rate", programme.offerRate, programmeDefaults.offerRate),
                row("interventions[\(index)].accept_rate", programme.acceptRate, programmeDefaults.acceptRate),
                row("interventions[\(index)].drop_out_per_visit", programme.dropOutPerVisit, programmeDefaults.dropOutPerVisit),
            ]
        }
        let years = "\(options.years.lowerBound)-\(options.years.upperBound)"
        let hasProgramme = scenario.interventions.contains { if case .extendedProgramme = $0.kind { true } else { false } }
        let programmeNote = hasProgramme ? "\n\n" + programmeText : ""
        return """
            # Synthetic follow-up: \(scenario.regionName.isEmpty ? scenario.name : scenario.regionName)

            **Made up, not real data.** No child, unit or registration here exists. The files were generated by \
            simulating the scenario `\(options.scenario)` once with the planner's own model, with parameters that are \
            known — so that `bhvplan calibrate` and `bhvplan backtest` can be checked against the truth.

            Regenerate (byte-identical):

            ```sh
            bhvplan synthesize \(options.scenario) --years \(years) --seed \(options.seed) --out \(options.out)
            ```

            Read it:

            ```sh
            bhvplan observe \(options.out)/\(ResultFiles.registrations) --connections \(options.out)/\(ResultFiles.connections) --staffing \(options.out)/\(ResultFiles.staffingReport)
            ```

            ## Files

            - `\(ResultFiles.registrations)`: one row per registration (child, birth month, date, keyword of the bundled code \
            map, unit on 31 December); \(synthetic.extract.registrations.count) rows.
            - `\(ResultFiles.connections)`: each child connected to its unit from its birth day, never moving; \
            \(synthetic.extract.connections.count) children.
            - `\(ResultFiles.staffingReport)`: nurse FTE and persons and doctor persons in post per unit and year, as the \
            simulated trial had them, with the unit's relative CNI.

            ## How it was made

            One trial of the scenario over \(options.years.lowerBound)–\(options.years.upperBound), seed \(options.seed), \
            with the units' expected newborns as those of \(options.years.lowerBound) and their birth histories set aside \
            (so `births.rate_cv` applies to every unit). Per unit and year the trial's newborns become children, born over \
            the months by the scenario's seasonality, with its enrolment registered under the code map's first `ignore` \
            code (read, counted for nothing: a child with no activity is in the extract all the same); as many children \
            as the trial's coverage of each activity, chosen at random, have it registered on the day it falls due. \
            Codes are written as the code map holds them, in lower case (matched without regard to case). Coverage is acceptance × what the nurses' hours allowed, so \
            units short of hours show less than the acceptance.\(programmeNote)

            ## Generating parameters

            | parameter | value here | built-in default |
            |---|---|---|
            \(rows.joined(separator: "\n"))

            The other assumptions are the built-in defaults. Sick leave and turnover shape the nurses' hours (and so the \
            coverage at short units) but cannot be fitted back: the staffing report holds posts and persons, not absence.

            """
    }
}
