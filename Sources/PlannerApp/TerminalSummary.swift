import ChildHealth
import MonteCarlo
import Reporting
import ResultFormat

/// The readable table `bhvplan run` prints on a terminal: per unit, the key indicators' means
/// and the probability of meeting each target, for the first and last projected years.
public enum TerminalSummary {
    struct Column {
        var title: String
        var indicator: Indicator
        var showsProbability: Bool
    }

    static let columns = [
        Column(title: "newborns", indicator: .newborns, showsProbability: false),
        Column(title: "per FTE", indicator: .newbornsPerNurseFTE, showsProbability: true),
        Column(title: "per nurse", indicator: .newbornsPerNurse, showsProbability: true),
        Column(title: "per doctor", indicator: .newbornsPerDoctor, showsProbability: true),
        Column(title: "1st visit", indicator: .firstHomeVisit, showsProbability: true),
        Column(title: "8-month", indicator: .eightMonthHomeVisit, showsProbability: true),
        Column(title: "EPDS", indicator: .epds, showsProbability: true),
        Column(title: "util", indicator: .nurseUtilisation, showsProbability: false),
    ]

    /// The columns whose region cell counts the units meeting the target.
    static let countedAtRegion: [Indicator] = [.newbornsPerNurseFTE, .newbornsPerNurse, .newbornsPerDoctor]

    /// `±e` for a probability whose standard error is at least half a percentage point (so it
    /// shows as one or more), else nothing: a firm number reads as before.
    static func errorText(_ aggregate: CellAggregate) -> String {
        let points = (aggregate.probabilityMetStandardError * 100).rounded()
        return points.isFinite && points >= 1 ? "±\(Int(points))" : ""
    }

    /// The table per year, then the assumptions in force and the interventions; numbers with the
    /// decimal marker of `language` (the labels stay English).
    public static func render(_ result: RunResult, language: ReportLanguage = .en) -> String {
        let scenario = result.scenario
        var years = [scenario.startYear]
        if scenario.horizon > 1 { years.append(scenario.startYear + scenario.horizon - 1) }
        var text = "Scenario \(scenario.name): \(scenario.units.count) units, \(scenario.trials) trials, seed \(scenario.seed)\n"
        text += "Each cell: mean, and in brackets the probability of meeting the target "
            + "(per FTE ≤ the unit's CNI-adjusted ceiling; per nurse/doctor ≥ \(language.number(scenario.targets.newbornsPerNurse)); "
            + "coverage ≥ its target); ± its Monte Carlo standard error where that is a percentage point or more.\n"
        if let outcome = result.precision { text += PrecisionRequest.note(outcome) }
        for year in years {
            var table: [[String]] = [["unit", "ceiling"] + columns.map(\.title)]
            let places = scenario.units.map { CellKey.Place.unit($0.id) } + [.region]
            for place in places {
                func cell(_ measure: CellKey.Measure) -> RunResult.Cell? {
                    result.cell(CellKey(place: place, year: year, measure: measure)).flatMap { $0.aggregate.count > 0 ? $0 : nil }
                }
                let ceiling = cell(.indicator(.newbornsPerNurseFTE))?.threshold.map { language.number($0.bound) } ?? ""
                var cells = [place.unitID, ceiling]
                for column in columns {
                    // The region's staffing columns count the units meeting the target.
                    let counts = place == .region && Self.countedAtRegion.contains(column.indicator)
                    guard let found = cell(counts ? .unitsMeeting(column.indicator) : .indicator(column.indicator)) else {
                        cells.append("–")
                        continue
                    }
                    var text = TerminalTable.short(found.aggregate.mean, language: language)
                    if column.showsProbability, found.threshold != nil {
                        text += " [\(Int((found.aggregate.probabilityMet * 100).rounded()))\(Self.errorText(found.aggregate))%]"
                    }
                    cells.append(text)
                }
                table.append(cells)
            }
            text += "\n\(year)\n" + TerminalTable.aligned(table)
        }
        text += "\nREGION: newborns and FTE columns count the units meeting each target (mean over trials).\n"
        text += "\nAssumptions in force (sources in run.json and the report):\n"
        text += TerminalTable.aligned(scenario.assumptions.map { ["  " + $0.name, $0.value] }, leftAligned: true)
        for intervention in scenario.interventions { text += "Intervention: \(intervention.summary)\n" }
        return text
    }
}
