import ChildHealth
import ResultFormat

/// The readable staffing advice `bhvplan size` prints, and the budget allocation.
public enum SizingSummary {
    /// The advice per unit as a table, the total against now, and the units that cannot be staffed alone.
    public static func render(_ report: SizingReport) -> String {
        let request = report.request
        let scenario = report.scenario
        var text = "Staffing advice for \(report.year), \(scenario.name): \(scenario.trials) trials, seed \(scenario.seed). "
            + "Least nurse FTE (steps of 0.05, persons at 0.5–1.0) with each target met with P ≥ \(NumberFormat.string(request.confidence)): "
            + request.targets.map(\.id).joined(separator: ", ") + ".\n\n"
        var table = [["unit", "newborns", "ceiling", "now FTE", "persons", "advised FTE", "fractions", "least P", "doctors ≤"]]
        for advice in report.advice {
            let least = advice.probabilities.map(\.probability).min() ?? 0
            table.append([advice.unit, NumberFormat.string(advice.newborns.rounded()), NumberFormat.string(advice.ceiling),
                          NumberFormat.string(advice.currentFTE), String(advice.currentPersons),
                          advice.advisedFTE.map(NumberFormat.string) ?? "infeasible",
                          advice.fractions.map { FieldValue.fractions($0).csvText } ?? "–", SizingNotes.twoDecimals(least),
                          "\(advice.advisedDoctors) (now \(advice.currentDoctors))"])
        }
        text += TerminalTable.aligned(table)
        let feasible = report.advice.filter(\.feasible)
        let advised = feasible.reduce(0) { $0 + ($1.advisedFTE ?? 0) }
        let now = feasible.reduce(0) { $0 + $1.currentFTE }
        text += "\nAt the \(feasible.count) of \(report.advice.count) units that can be staffed alone: "
            + "\(SizingNotes.twoDecimals(advised)) FTE advised against \(SizingNotes.twoDecimals(now)) now.\n"
        let infeasible = report.advice.filter { !$0.feasible }
        if !infeasible.isEmpty {
            text += "\nUnits that cannot meet every target alone:\n"
            let notes = SizingNotes(report: report)
            for advice in infeasible { text += "- \(advice.unit): \(notes.note(advice))\n" }
        }
        return text
    }

    /// Where the budget went, unit by unit, and what it bought in expected targets met.
    public static func render(_ allocation: BudgetAllocation) -> String {
        let spent = allocation.budgetFTE - allocation.unallocatedFTE
        var text = "\nBudget: \(NumberFormat.string(allocation.budgetFTE)) extra nurse FTE, in steps of "
            + "\(NumberFormat.string(BudgetAllocation.stepFTE)) FTE to the unit where each raises the expected number of targets met most.\n"
        guard !allocation.shares.isEmpty else {
            return text + "No step raises the expected number of (unit, target) pairs met; nothing allocated.\n"
        }
        var table = [["unit", "extra FTE", "nurses after", "targets met (expected)", "first home visit (mean)"]]
        for share in allocation.shares {
            let visit = [share.coverageBefore[.firstHomeVisit], share.coverageAfter[.firstHomeVisit]]
                .map { $0.map { SizingNotes.twoDecimals($0) } ?? "–" }
            table.append([share.unit, "+" + NumberFormat.string(share.extraFTE), FieldValue.fractions(share.fractions).csvText,
                          "\(SizingNotes.twoDecimals(share.expectedMetBefore)) → \(SizingNotes.twoDecimals(share.expectedMetAfter))",
                          "\(visit[0]) → \(visit[1])"])
        }
        text += TerminalTable.aligned(table)
        let gain = allocation.expectedMetAfter - allocation.expectedMetBefore
        text += "Expected (unit, target) pairs met: \(SizingNotes.twoDecimals(allocation.expectedMetBefore)) → "
            + "\(SizingNotes.twoDecimals(allocation.expectedMetAfter)) of \(allocation.pairs) (gain \(SizingNotes.twoDecimals(gain))), "
            + "\(NumberFormat.string(spent)) FTE allocated"
        if allocation.unallocatedFTE > 0 {
            text += "; \(NumberFormat.string(allocation.unallocatedFTE)) FTE left over (no further step raised it)"
        }
        return text + ".\n"
    }
}
