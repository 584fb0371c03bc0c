import ChildHealth
import ResultFormat

/// The readable staffing advice `bhvplan size` prints, and the budget allocation.
public enum SizingSummary {
    /// The advice per unit as a table with a compact trade-off column, the total against now, and
    /// the notes of the units that cannot be staffed alone; for a single unit its trade-off
    /// table (`SizingTradeOffTable`) instead.
    public static func render(_ report: SizingReport) -> String {
        var text = heading(report)
        if report.request.unit != nil, let advice = report.advice.first {
            return text + SizingTradeOffTable.render(advice, report: report)
        }
        let multiYear = report.years.count > 1
        var header = ["unit", "newborns", "ceiling", "now FTE", "persons", "advised FTE", "fractions", "least P",
                      "FTE by persons 1/2/…", "doctors"]
        if multiYear { header.insert("need by year", at: 8) }
        var table = [header]
        for advice in report.advice {
            let least = advice.probabilities.map(\.probability).min() ?? 0
            var row = [advice.unit, NumberFormat.string(advice.newborns.rounded()), NumberFormat.string(advice.ceiling),
                       NumberFormat.string(advice.currentFTE), String(advice.currentPersons),
                       advice.advisedFTE.map(NumberFormat.string) ?? "infeasible",
                       advice.fractions.map { FieldValue.fractions($0).csvText } ?? "–", SizingNotes.twoDecimals(least),
                       byPersons(advice), doctors(advice.doctors)]
            if multiYear { row.insert(needByYear(advice), at: 8) }
            table.append(row)
        }
        text += TerminalTable.aligned(table)
        text += "(FTE by persons: the least FTE with 1, 2, … nurses, – where that many cannot meet the targets, * the advice.)\n"
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

    /// What was sized, how, and the assumptions the advice rests on.
    static func heading(_ report: SizingReport) -> String {
        let request = report.request
        let scenario = report.scenario
        let years = report.years.count == 1 ? "\(report.years.lowerBound)"
            : "\(report.years.lowerBound)–\(report.years.upperBound) (met in each year)"
        return "Staffing advice for \(years), \(scenario.name): \(scenario.trials) trials, seed \(scenario.seed). "
            + "Least nurse FTE (steps of 0.05, persons at 0.5–1.0) with each target met with P ≥ \(NumberFormat.string(request.confidence)): "
            + request.targets.map(\.id).joined(separator: ", ") + ".\n"
            + "Assumptions: an extra person is advised only if it saves more than \(NumberFormat.string(request.personCostFTE)) FTE "
            + "(--person-cost-fte); doctors: \(NumberFormat.string(request.doctorVisitsPerNewborn)) visits per newborn in year 1 "
            + "(regional programmes: 3 of ~11 scheduled contacts), \(NumberFormat.string(request.doctorHoursPerVisit)) h per visit "
            + "(assumption, --doctor-hours-per-visit).\n\n"
    }

    /// `–/2.0*/1.9/–`: the least FTE per number of persons, the advice starred.
    static func byPersons(_ advice: SizingAdvice) -> String {
        advice.options.map { option in
            guard let fte = option.fte else { return "–" }
            return NumberFormat.string(fte) + (option.persons == advice.advisedPersons ? "*" : "")
        }.joined(separator: "/")
    }

    /// `2.0 2.0 1.9`: each year's own advised FTE, – where infeasible.
    static func needByYear(_ advice: SizingAdvice) -> String {
        advice.needs.map { $0.option?.fte.map(NumberFormat.string) ?? "–" }.joined(separator: " ")
    }

    /// `1–3 (now 2)`; `share (now 1)` when not even one doctor sees enough newborns.
    static func doctors(_ doctors: DoctorAdvice) -> String {
        let range = doctors.most == 0 ? "share"
            : !doctors.hasRange ? "hours need \(doctors.fewest), floor ≤ \(doctors.most)"
            : doctors.fewest == doctors.most ? "\(doctors.most)" : "\(doctors.fewest)–\(doctors.most)"
        return "\(range) (now \(doctors.current))"
    }

    /// Where the budget went, unit by unit, what it bought in expected targets met, and the posts to advertise.
    public static func render(_ allocation: BudgetAllocation) -> String {
        let spent = allocation.budgetFTE - allocation.unallocatedFTE
        var text = "\nBudget: \(NumberFormat.string(allocation.budgetFTE)) extra nurse FTE, in steps of "
            + "\(NumberFormat.string(BudgetAllocation.stepFTE)) FTE to the unit where each raises the expected number of targets met most "
            + "(a new person counted as \(NumberFormat.string(allocation.personCostFTE)) FTE more, assumption).\n"
        guard !allocation.shares.isEmpty else {
            return text + "No step raises the expected number of (unit, target) pairs met; nothing allocated.\n"
        }
        var table = [["unit", "extra FTE", "nurses after", "posts to advertise", "targets met (expected)", "first home visit (mean)"]]
        for share in allocation.shares {
            let visit = [share.coverageBefore[.firstHomeVisit], share.coverageAfter[.firstHomeVisit]]
                .map { $0.map { SizingNotes.twoDecimals($0) } ?? "–" }
            table.append([share.unit, "+" + NumberFormat.string(share.extraFTE), FieldValue.fractions(share.fractions).csvText,
                          share.posts.isEmpty ? "– (raises)" : FieldValue.fractions(share.posts).csvText,
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
        text += ".\n"
        let posts = allocation.shares.flatMap { share in share.posts.map { "\(share.unit) \(NumberFormat.string($0))" } }
        text += posts.isEmpty ? "Posts to advertise: none (the budget raises part-time nurses).\n"
            : "Posts to advertise (unit, fraction): \(posts.joined(separator: ", ")); the rest raises part-time nurses.\n"
        return text
    }
}
