import Foundation

/// The readable table `bhvplan run` prints on a terminal: per unit, the key indicators' means
/// and the probability of meeting each target, for the first and last projected years.
public enum TerminalSummary {
    struct Column {
        var title: String
        var indicator: String
        var showsProbability: Bool
    }

    static let columns = [
        Column(title: "newborns", indicator: "newborns", showsProbability: false),
        Column(title: "per FTE", indicator: "newborns_per_nurse_fte", showsProbability: true),
        Column(title: "per nurse", indicator: "newborns_per_nurse", showsProbability: true),
        Column(title: "per doctor", indicator: "newborns_per_doctor", showsProbability: true),
        Column(title: "1st visit", indicator: "first_home_visit", showsProbability: true),
        Column(title: "8-month", indicator: "eight_month_home_visit", showsProbability: true),
        Column(title: "EPDS", indicator: "epds", showsProbability: true),
        Column(title: "util", indicator: "nurse_utilisation", showsProbability: false),
    ]

    public static func render(_ result: RunResult) -> String {
        let scenario = result.scenario
        var years = [scenario.startYear]
        if scenario.horizon > 1 { years.append(scenario.startYear + scenario.horizon - 1) }
        var text = "Scenario \(scenario.name): \(scenario.units.count) units, \(scenario.trials) trials, seed \(scenario.seed)\n"
        text += "Each cell: mean, and in brackets the probability of meeting the target "
            + "(per FTE ≤ the unit's CNI-adjusted ceiling; per nurse/doctor ≥ \(formatNumber(scenario.targets.newbornsPerNurse)); "
            + "coverage ≥ its target).\n"
        var index: [String: ResultRow] = [:]
        for row in result.rows { index["\(row.unit)|\(row.year)|\(row.indicator)"] = row }
        for year in years {
            var table: [[String]] = [["unit", "ceiling"] + columns.map(\.title)]
            let unitRows = scenario.units.map { ($0.id, $0.id) } + [(CellLayout.regionID, "REGION")]
            for (id, label) in unitRows {
                let ceiling = index["\(id)|\(year)|newborns_per_nurse_fte"]?.target.map(formatNumber) ?? ""
                var cells = [label, ceiling]
                for column in columns {
                    var key = "\(id)|\(year)|\(column.indicator)"
                    if id == CellLayout.regionID && column.indicator.hasPrefix("newborns_per") {
                        key = "\(id)|\(year)|units_meeting_\(column.indicator)"
                    }
                    guard let row = index[key] else { cells.append("–"); continue }
                    var cell = formatNumber((row.mean * (row.mean < 2 ? 100 : 10)).rounded() / (row.mean < 2 ? 100 : 10))
                    if column.showsProbability, let p = row.pMeet { cell += " [\(Int((p * 100).rounded()))%]" }
                    cells.append(cell)
                }
                table.append(cells)
            }
            text += "\n\(year)\n" + aligned(table)
        }
        text += "\nREGION: newborns and FTE columns count the units meeting each target (mean over trials).\n"
        text += "\nAssumptions in force (sources in run.json and the report):\n"
        text += aligned(scenario.assumptions.map { ["  " + $0.name, $0.value] }, leftAligned: true)
        for intervention in scenario.interventions { text += "Intervention: \(intervention.summary)\n" }
        return text
    }

    /// Columns padded to a common width; the first left-aligned, the rest right-aligned unless
    /// `leftAligned` (for text).
    static func aligned(_ rows: [[String]], leftAligned: Bool = false) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let line = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || leftAligned ? cell + padding : padding + cell
            }.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + "\n"
    }
}
