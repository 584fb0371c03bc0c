import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// The files `bhvplan size --out DIR` writes: staffing.csv and staffing.json, one row per unit
/// and number of persons (columns of `StaffingRow`); in the JSON the fractions are arrays of
/// numbers and the flags booleans. With `--format xlsx` also staffing.xlsx.
public enum SizingFiles {
    /// Writes both files (and the workbook the style asks for) into `folder` as one set.
    public static func write(_ report: SizingReport, to folder: URL, style: ResultFileStyle = ResultFileStyle()) throws {
        let rows = rows(report)
        let files = try style.tableFiles(rows, csv: ResultFiles.staffing, json: ResultFiles.staffingJSON, workbook: (
            ResultFiles.staffingWorkbook, { try ResultWorkbook.staffing(rows, language: $0).data() }))
        try ResultSetWriter.write(files, as: .staffing, into: folder)
    }

    /// One row per unit and number of persons; the unit's note (`SizingNotes`) on its advice row.
    public static func rows(_ report: SizingReport) -> [StaffingRow] {
        let notes = SizingNotes(report: report)
        return report.advice.flatMap { advice in
            let unitNote = notes.note(advice)
            return advice.options.map { option in
                let row = StaffingRow(
                    unit: advice.unit, firstYear: report.years.lowerBound, lastYear: report.years.upperBound,
                    persons: option.persons, leastFTE: option.fte.map(NumberFormat.rounded),
                    fractions: (option.fractions ?? []).map(NumberFormat.rounded), pMeetSummary: summary(option.probabilities, confidence: report.request.confidence),
                    advised: option.persons == advice.advisedPersons, currentFTE: NumberFormat.rounded(advice.currentFTE),
                    currentPersons: advice.currentPersons, advisedFTE: advice.advisedFTE.map(NumberFormat.rounded),
                    advisedPersons: advice.advisedPersons, advisedFractions: (advice.fractions ?? []).map(NumberFormat.rounded),
                    feasible: advice.feasible, doctorsNow: advice.doctors.current, doctorsFewest: advice.doctors.fewest,
                    doctorsMost: advice.doctors.most, note: "")
                var noted = row
                noted.note = row.isAdviceRow ? unitNote : notes.rowNote(option, of: advice)
                return noted
            }
        }
    }

    /// Each target's probability: `first_home_visit 0.83; …` (a miss never rounded up to the confidence).
    static func summary(_ probabilities: [TargetProbability], confidence: Double) -> String {
        probabilities.map { "\($0.indicator.id) \(SizingNotes.probability($0.probability, confidence: confidence))" }
            .joined(separator: "; ")
    }
}
