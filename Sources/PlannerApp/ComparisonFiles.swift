import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// The files `bhvplan compare --out DIR` writes: comparison.csv and comparison.json, the same
/// rows and numbers (columns of `ComparisonRow`); with `--format xlsx` also comparison.xlsx.
public enum ComparisonFiles {
    /// Writes both files (and the workbook the style asks for) into `folder` as one set.
    public static func write(_ comparison: ScenarioComparison, to folder: URL, style: ResultFileStyle = ResultFileStyle()) throws {
        let rows = rows(comparison)
        let files = try style.tableFiles(rows, csv: ResultFiles.comparison, json: ResultFiles.comparisonJSON, workbook: (
            ResultFiles.comparisonWorkbook, { try ResultWorkbook.comparison(rows, language: $0).data() }))
        try ResultSetWriter.write(files, as: .comparison, into: folder)
    }

    /// Per other scenario in turn, one row per cell both scenarios define in some trial.
    public static func rows(_ comparison: ScenarioComparison) -> [ComparisonRow] {
        comparison.others.indices.flatMap { rows(comparison, other: $0) }
    }

    /// The rows against one other scenario (`comparison.others[position]`).
    static func rows(_ comparison: ScenarioComparison, other position: Int) -> [ComparisonRow] {
        comparison.pairs[position].filter(\.isDefined).map {
            row($0, base: comparison.base.name, other: comparison.others[position].name)
        }
    }

    private static func row(_ cell: ScenarioComparison.Cell, base: String, other: String) -> ComparisonRow {
        let rounded = NumberFormat.rounded
        return ComparisonRow(
            base: base, other: other, unit: cell.key.unitID, year: cell.key.year, indicator: cell.key.indicatorID,
            baseMean: rounded(cell.base.mean), otherMean: rounded(cell.other.mean), diffMean: rounded(cell.difference.mean),
            diffP05: rounded(cell.difference.quantile(0.05)), diffP95: rounded(cell.difference.quantile(0.95)),
            pBetter: cell.hasDirection ? rounded(cell.better.mean) : nil,
            deltaPMeet: cell.hasTarget ? rounded(cell.other.probabilityMet - cell.base.probabilityMet) : nil)
    }
}
