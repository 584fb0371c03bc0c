import ChildHealth
import ResultFormat

/// One unit's trade-off between persons and FTE as `bhvplan size --unit` prints it: a row per
/// number of persons with its least FTE, split and probabilities, the advice marked, then the
/// unit's note.
enum SizingTradeOffTable {
    static func render(_ advice: SizingAdvice, report: SizingReport) -> String {
        let notes = SizingNotes(report: report)
        var text = "\(advice.unit): about \(NumberFormat.string(advice.newborns.rounded())) newborns, ceiling "
            + "\(NumberFormat.string(advice.ceiling)) per FTE; now \(NumberFormat.string(advice.currentFTE)) FTE in "
            + "\(advice.currentPersons) \(advice.currentPersons == 1 ? "nurse" : "nurses").\n\n"
        var table = [["persons", "least FTE", "fractions"] + report.request.targets.map(\.id) + [""]]
        for option in advice.options {
            let mark = option.persons == advice.advisedPersons ? "← advised"
                : option.feasible ? "" : option.limit == .belowFloor ? "below the floor" : "not met at full time"
            table.append([String(option.persons), option.fte.map(SizingNotes.fte) ?? "not feasible",
                          option.fractions.map { FieldValue.fractions($0).csvText } ?? "–"]
                         + option.probabilities.map { SizingNotes.probability($0.probability, confidence: report.request.confidence) }
                         + [mark])
        }
        text += TerminalTable.aligned(table)
        text += "(probabilities at the least FTE, or with everyone at full time where not feasible"
            + (report.years.count > 1 ? "; the worst year's" : "") + ".)\n\n"
        text += "Advice: \(notes.note(advice)).\n"
        return text
    }
}
