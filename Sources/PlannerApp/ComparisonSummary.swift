import ChildHealth
import ResultFormat

/// The readable summary `bhvplan compare` prints: per other scenario, the region's key rows
/// year by year, and the units whose probability of meeting a target changes most.
public enum ComparisonSummary {
    /// Region rows shown, in order: units meeting each target, then pooled coverage and load.
    static let regionIndicators = Indicator.targeted.map { IndicatorID($0).unitsMeeting }
        + [Indicator.firstHomeVisit, .eightMonthHomeVisit, .epds, .nurseUtilisation].map(\.id)
    /// How many units the "change most" table lists.
    static let unitsShown = 8

    /// The text `bhvplan compare` prints.
    public static func render(_ result: ScenarioComparison) -> String {
        var text = "Compared on common random numbers: \(result.base.trials) trials, seed \(result.base.seed); "
            + "differences are other − base, as mean [P5, P95] of the paired difference.\n"
        for (position, other) in result.others.enumerated() {
            let pairRows = ComparisonFiles.rows(result, other: position)
            text += "\n\(other.name) vs \(result.base.name): region\n" + regionTable(pairRows, years: result.base.years)
            text += "\n\(other.name) vs \(result.base.name): units whose probability of meeting a target changes most\n"
                + unitTable(pairRows)
        }
        return text
    }

    static func regionTable(_ rows: [ComparisonRow], years: [Int]) -> String {
        var index: [String: ComparisonRow] = [:]
        for row in rows where row.unit == RegionUnit.id { index["\(row.year)|\(row.indicator)"] = row }
        var table = [["indicator"] + years.map(String.init)]
        for indicator in regionIndicators {
            let cells = years.map { year in index["\(year)|\(indicator)"].map(difference) ?? "–" }
            table.append([indicator] + cells)
        }
        return TerminalTable.aligned(table)
    }

    static func unitTable(_ rows: [ComparisonRow]) -> String {
        var largest: [String: ComparisonRow] = [:]
        for row in rows where row.unit != RegionUnit.id {
            guard let change = row.deltaPMeet, change != 0 else { continue }
            if let current = largest[row.unit], abs(current.deltaPMeet ?? 0) >= abs(change) { continue }
            largest[row.unit] = row
        }
        let ranked = largest.values.sorted {
            (abs($0.deltaPMeet ?? 0), $1.unit) > (abs($1.deltaPMeet ?? 0), $0.unit)
        }.prefix(unitsShown)
        guard !ranked.isEmpty else { return "No unit's probability of meeting a target changes.\n" }
        var table = [["unit", "indicator", "year", "base → other (mean)", "difference", "P(meet) change", "P(better)"]]
        for row in ranked {
            table.append([row.unit, row.indicator, String(row.year),
                          "\(TerminalTable.short(row.baseMean)) → \(TerminalTable.short(row.otherMean))", difference(row),
                          signed(row.deltaPMeet ?? 0), row.pBetter.map { TerminalTable.short($0) } ?? "–"])
        }
        return TerminalTable.aligned(table)
    }

    static func difference(_ row: ComparisonRow) -> String {
        "\(signed(row.diffMean)) [\(TerminalTable.short(row.diffP05)), \(TerminalTable.short(row.diffP95))]"
    }

    static func signed(_ value: Double) -> String {
        let text = TerminalTable.short(value)
        return value > 0 && text != "0" ? "+" + text : text
    }
}
