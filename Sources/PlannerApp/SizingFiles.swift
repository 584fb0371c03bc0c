import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// The files `bhvplan size --out DIR` writes: staffing.csv and staffing.json, one row per unit
/// (columns of `StaffingRow`); in the JSON `advised_fractions` is an array of numbers and
/// `feasible` a boolean. With `--format xlsx` also staffing.xlsx.
public enum SizingFiles {
    /// Writes both files (and the workbook the style asks for) into `folder` as one set.
    public static func write(_ report: SizingReport, to folder: URL, style: ResultFileStyle = ResultFileStyle()) throws {
        let rows = rows(report)
        var files = [
            (name: ResultFiles.staffing, data: Data(StaffingRow.csv(rows, dialect: style.csvDialect).utf8)),
            (name: ResultFiles.staffingJSON, data: Data(StaffingRow.json(rows).utf8)),
        ]
        if let workbook = style.workbook {
            files.append((ResultFiles.staffingWorkbook, try ResultWorkbook.staffing(rows, language: workbook).data()))
        }
        try ResultSetWriter.write(files, as: .staffing, into: folder)
    }

    /// One row per unit, with its note (`SizingNotes`).
    public static func rows(_ report: SizingReport) -> [StaffingRow] {
        let notes = SizingNotes(report: report)
        return report.advice.map { advice in
            StaffingRow(unit: advice.unit, currentFTE: NumberFormat.rounded(advice.currentFTE),
                        currentPersons: advice.currentPersons, advisedFTE: advice.advisedFTE.map(NumberFormat.rounded),
                        advisedPersons: advice.fractions?.count, advisedFractions: (advice.fractions ?? []).map(NumberFormat.rounded),
                        feasible: advice.feasible, pMeetSummary: summary(advice), note: notes.note(advice))
        }
    }

    /// Each target's probability at the advice, and the doctors': `first_home_visit 0.83; …`.
    static func summary(_ advice: SizingAdvice) -> String {
        let targets = advice.probabilities.map { "\($0.indicator.id) \(SizingNotes.twoDecimals($0.probability))" }
        let doctors = "\(Indicator.newbornsPerDoctor.id) \(SizingNotes.twoDecimals(advice.doctorProbability)) "
            + "with \(advice.advisedDoctors) doctor\(advice.advisedDoctors == 1 ? "" : "s")"
        return (targets + [doctors]).joined(separator: "; ")
    }
}
