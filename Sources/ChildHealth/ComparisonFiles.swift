import Foundation
import Reporting

/// The files `bhvplan compare --out DIR` writes: comparison.csv and comparison.json, the same
/// rows and numbers (columns of ``ComparisonRow``).
public enum ComparisonFiles {
    /// Writes both files into `folder`, each atomically.
    public static func write(_ result: ScenarioComparison, to folder: URL) throws {
        try AtomicFileWriter.prepareFolder(folder)
        try AtomicFileWriter.write(csv(result.rows), to: folder.appendingPathComponent("comparison.csv"))
        try AtomicFileWriter.write(json(result.rows), to: folder.appendingPathComponent("comparison.json"))
    }

    public static func csv(_ rows: [ComparisonRow]) -> String {
        var lines = [ComparisonRow.columns.joined(separator: ",")]
        for row in rows {
            lines.append([ResultFiles.field(row.base), ResultFiles.field(row.other), ResultFiles.field(row.unit),
                          String(row.year), ResultFiles.field(row.indicator),
                          formatNumber(row.baseMean), formatNumber(row.otherMean), formatNumber(row.diffMean),
                          formatNumber(row.diffP05), formatNumber(row.diffP95),
                          row.pBetter.map(formatNumber) ?? "", row.deltaPMeet.map(formatNumber) ?? ""].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rows of ``csv(_:)`` as a JSON array of objects with the same keys (null where the
    /// CSV field is empty).
    public static func json(_ rows: [ComparisonRow]) -> String {
        let objects = rows.map { row in
            "  {\"base\": \(ResultFiles.jsonString(row.base)), \"other\": \(ResultFiles.jsonString(row.other)), "
                + "\"unit\": \(ResultFiles.jsonString(row.unit)), \"year\": \(row.year), "
                + "\"indicator\": \(ResultFiles.jsonString(row.indicator)), \"base_mean\": \(ResultFiles.jsonNumber(row.baseMean)), "
                + "\"other_mean\": \(ResultFiles.jsonNumber(row.otherMean)), \"diff_mean\": \(ResultFiles.jsonNumber(row.diffMean)), "
                + "\"diff_p05\": \(ResultFiles.jsonNumber(row.diffP05)), \"diff_p95\": \(ResultFiles.jsonNumber(row.diffP95)), "
                + "\"p_better\": \(ResultFiles.jsonNumber(row.pBetter)), \"delta_p_meet\": \(ResultFiles.jsonNumber(row.deltaPMeet))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
