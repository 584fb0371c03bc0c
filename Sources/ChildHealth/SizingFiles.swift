import Foundation
import Reporting

/// The files `bhvplan size --out DIR` writes: staffing.csv and staffing.json, one row per unit
/// with the same fields (``StaffingRow``'s columns); in the JSON `advised_fractions` is an
/// array of numbers and `feasible` a boolean.
public enum SizingFiles {
    /// Writes both files into `folder`, each atomically.
    public static func write(_ report: SizingReport, to folder: URL) throws {
        try AtomicFileWriter.prepareFolder(folder)
        try AtomicFileWriter.write(csv(report), to: folder.appendingPathComponent("staffing.csv"))
        try AtomicFileWriter.write(json(report), to: folder.appendingPathComponent("staffing.json"))
    }

    /// The rows of staffing.csv.
    public static func rows(_ report: SizingReport) -> [StaffingRow] {
        report.advice.map { advice in
            StaffingRow(unit: advice.unit, currentFTE: advice.currentFTE, currentPersons: advice.currentPersons,
                        advisedFTE: advice.advisedFTE, advisedPersons: advice.fractions?.count,
                        advisedFractions: advice.fractions ?? [], feasible: advice.feasible,
                        pMeetSummary: summary(advice), note: advice.note)
        }
    }

    /// Each target's probability at the advice, and the doctors': `first_home_visit 0.83; …`.
    static func summary(_ advice: SizingAdvice) -> String {
        let targets = advice.probabilities.map { "\($0.indicator.rawValue) \(formatNumber(twoDecimals($0.probability)))" }
        let doctors = "\(Indicator.newbornsPerDoctor.rawValue) \(formatNumber(twoDecimals(advice.doctorProbability))) "
            + "with \(advice.advisedDoctors) doctor\(advice.advisedDoctors == 1 ? "" : "s")"
        return (targets + [doctors]).joined(separator: "; ")
    }

    public static func csv(_ report: SizingReport) -> String {
        var lines = [StaffingRow.columns.joined(separator: ",")]
        for row in rows(report) {
            lines.append([ResultFiles.field(row.unit), formatNumber(row.currentFTE), String(row.currentPersons),
                          row.advisedFTE.map(formatNumber) ?? "", row.advisedPersons.map(String.init) ?? "",
                          SizingSplit.text(row.advisedFractions), row.feasible ? "yes" : "no",
                          ResultFiles.field(row.pMeetSummary), ResultFiles.field(row.note)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ report: SizingReport) -> String {
        let objects = rows(report).map { row in
            "  {\"unit\": \(ResultFiles.jsonString(row.unit)), \"current_fte\": \(formatNumber(row.currentFTE)), "
                + "\"current_persons\": \(row.currentPersons), \"advised_fte\": \(ResultFiles.jsonNumber(row.advisedFTE)), "
                + "\"advised_persons\": \(row.advisedPersons.map(String.init) ?? "null"), "
                + "\"advised_fractions\": [\(row.advisedFractions.map(formatNumber).joined(separator: ", "))], "
                + "\"feasible\": \(row.feasible), \"p_meet_summary\": \(ResultFiles.jsonString(row.pMeetSummary)), "
                + "\"note\": \(ResultFiles.jsonString(row.note))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
