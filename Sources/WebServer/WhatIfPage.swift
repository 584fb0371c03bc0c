import ChildHealth
import Foundation
import Hummingbird
import PlannerApp
import Reporting
import ResultFormat

/// The what-if of a unit: the form (staff persons and fractions, expected newborns, CNI, trials),
/// each problem beside its field, and once asked the new probabilities and their change from the
/// scenario on common random numbers (``WhatIfJob``); and a name to save the what-if under as
/// a new scenario of the folder (``ScenarioSaver``), with the files saved once it is.
enum WhatIfPage {
    static func page(_ run: ScenarioRun, unit: ChildHealth.Unit, form: WhatIfForm, problems: [InputProblem], warnings: [InputProblem],
                     answer: WhatIfJob.Answer?, saved: [String] = [], status: HTTPResponse.Status? = nil,
                     language: ReportLanguage) -> HTMLPage {
        let t = { (text: WebText) in h(text.text(language)) }
        var byField: [String: [String]] = [:]
        for problem in problems { byField[problem.field, default: []].append(FieldMessage.text(problem.message, language: language)) }
        func input(_ name: String, _ value: String, css: String = "") -> String {
            let wrong = byField[name] != nil
            let classes = ([css] + (wrong ? ["wrong"] : [])).filter { !$0.isEmpty }.joined(separator: " ")
            let message = byField[name].map { "<span class=\"problem\" data-field=\"\(h(name))\">\(h($0.joined(separator: "; ")))</span>" } ?? ""
            return "<input type=\"text\" name=\"\(h(name))\" id=\"\(h(name))\" value=\"\(h(value))\"\(classes.isEmpty ? "" : " class=\"\(classes)\"")>\(message)"
        }
        let roles = Person.Role.allCases
        let staffRows = form.edit.staff.enumerated().map { row, entry in
            let name = { UnitEdit.staffField(row, $0) }
            let options = roles.map {
                "<option value=\"\($0.rawValue)\"\($0.rawValue == entry.role ? " selected" : "")>\(h(WebText.role($0, language)))</option>"
            }.joined()
            let isNew = row >= unit.staff.count
            return "<tr><td>\(input(name("id"), entry.id, css: "id"))</td>"
                + "<td><select name=\"\(h(name("role")))\">\(options)</select>\(byField[name("role")].map { "<span class=\"problem\" data-field=\"\(h(name("role")))\">\(h($0.joined(separator: "; ")))</span>" } ?? "")</td>"
                + "<td>\(input(name("fraction"), entry.fraction))</td>"
                + "<td>\(isNew ? h(WebText.addPerson.text(language)) : "<label><input type=\"checkbox\" name=\"\(h(name("remove")))\"\(entry.removed ? " checked" : "")> \(t(.remove))</label>")</td></tr>"
        }
        let otherProblems = problems.filter { $0.field == "staff" || $0.field == "unit" }
            .map { "<p class=\"problem\">\(h(FieldMessage.text($0.message, language: language)))</p>" }.joined()
        var body = """
            <p class="intro">\(t(.whatIfIntro))</p>
            <form class="asks" method="get" action="\(h(Routes.whatIf(run.name, unit.id)))">
            <input type="hidden" name="\(WhatIfForm.formIDField)" value="\(UUID().uuidString)">
            <input type="hidden" name="\(WhatIfForm.sequenceField)" value="0">
            <table class="staff"><thead><tr><th>Id</th><th>\(t(.role))</th><th>\(t(.fraction))</th><th></th></tr></thead>
            <tbody>
            \(staffRows.joined(separator: "\n"))
            </tbody></table>
            <p><label for="newborns_per_year">\(t(.newbornsPerYear))</label> \(input("newborns_per_year", form.edit.newbornsPerYear))</p>
            <p><label for="cni">\(h(language.text(.cni)))</label> \(input("cni", form.edit.cni))</p>
            \(programmeFields(run.scenario, unit: unit, form: form, input: input, language: language))
            <p><label for="trials">\(t(.trialsField))</label> \(input("trials", form.trials))</p>
            <p><button type="submit" id="run">\(t(.run))</button> \(HTMLPage.runningNote(language))</p>
            <p><label for="\(ScenarioSaver.nameField)">\(t(.saveAs))</label> \(input(ScenarioSaver.nameField, form.saveAs, css: "id")) \
            <button type="submit" id="save" formmethod="post" formaction="\(h(Routes.save(run.name, unit.id)))">\(t(.save))</button> \
            <span class="muted">\(t(.saveHint))</span></p>
            </form>
            <div id="answer">
            \(problems.isEmpty ? "" : "<p class=\"problem\">\(t(.problems))</p>")
            \(otherProblems)
            """
        if !saved.isEmpty, let scenario = saved.first.map({ String($0.dropLast(".yaml".count)) }) {
            body += "<p class=\"box saved\">\(t(.savedAs)) <a href=\"\(h(Routes.overview(scenario)))\">\(h(scenario))</a>: "
                + h(saved.joined(separator: ", ")) + "</p>"
        }
        if !warnings.isEmpty {
            body += "<div class=\"box warning\"><strong>\(t(.warnings))</strong><ul>"
                + warnings.map { "<li>\(h($0.field)): \(h(FieldMessage.text($0.message, language: language)))</li>" }.joined() + "</ul></div>"
        }
        if let answer {
            body += """
                <h2>\(t(.withChange)): \(h(language.text(.pMeetSection)))</h2>
                \(ProbabilityCell.legend(language))
                \(ProbabilityTable.html(answer.whatIfRows, years: run.scenario.years, language: language, kind: "what-if"))
                <h2>\(t(.change)): \(h(language.text(.deltaPMeet))) (\(t(.percentagePoints)))</h2>
                \(differenceTable(answer.differences, years: run.scenario.years, language: language))
                <h2>\(t(.asScenario)): \(h(language.text(.pMeetSection)))</h2>
                \(ProbabilityTable.html(answer.scenarioRows, years: run.scenario.years, language: language, kind: "scenario"))
                """
        }
        body += "\n</div>"
        return HTMLPage(language: language, title: "\(WebText.whatIf.text(language)) \(unit.name)",
                        trail: [(run.name, Routes.overview(run.name)), (unit.name, Routes.unit(run.name, unit.id))],
                        body: body, status: status ?? (problems.isEmpty ? .ok : .unprocessableContent))
    }

    /// The programme's check box and offer rate, with the schedule the unit runs or would get.
    private static func programmeFields(_ scenario: Scenario, unit: ChildHealth.Unit, form: WhatIfForm,
                                        input: (String, String, String) -> String, language: ReportLanguage) -> String {
        let programme = ProgrammeRewrite.programme(for: unit, in: scenario)
        guard case .extendedProgramme(let details) = programme.kind else { return "" }
        let ages = details.visits.map { language.number($0.ageMonths) }.joined(separator: "; ")
        let schedule = "\(details.visits.count) \(WebText.programmeSchedule.text(language)) \(ages); "
            + "\(WebText.from.text(language)) \(programme.start)"
        return "<p><label for=\"\(WhatIfForm.programmeField)\">\(h(WebText.programme.text(language)))</label> "
            + "<input type=\"checkbox\" name=\"\(WhatIfForm.programmeField)\" id=\"\(WhatIfForm.programmeField)\"\(form.edit.programme ? " checked" : "")> "
            + "<span class=\"muted\">\(h(schedule))</span></p>\n"
            + "<p><label for=\"\(UnitEdit.offerRateField)\">\(h(WebText.offerRate.text(language)))</label> "
            + input(UnitEdit.offerRateField, form.edit.offerRate, "") + "</p>"
    }

    /// The change in the probability of meeting each target, year by year, in percentage points,
    /// signed and coloured.
    private static func differenceTable(_ rows: [ComparisonRow], years: [Int], language: ReportLanguage) -> String {
        let targeted = rows.filter { $0.deltaPMeet != nil }
        let header = "<tr><th>\(h(language.text(.indicator)))</th>" + years.map { "<th class=\"num\">\($0)</th>" }.joined() + "</tr>"
        let body = IndicatorID.sorted(Set(targeted.map(\.indicator))).map { indicator in
            "<tr><td>\(h(language.indicatorName(indicator)))</td>" + years.map { year in
                guard let delta = targeted.first(where: { $0.indicator == indicator && $0.year == year })?.deltaPMeet else {
                    return "<td class=\"num muted\">–</td>"
                }
                let tone = delta > 0 ? "up" : delta < 0 ? "down" : ""
                let text = PercentText.points(delta, language: language)
                return "<td class=\"num \(tone)\" data-kind=\"delta\" data-unit=\"\(h(rows[0].unit))\" data-year=\"\(year)\" data-indicator=\"\(h(indicator))\" "
                    + "data-value=\"\(NumberFormat.string(delta))\">\(text)</td>"
            }.joined() + "</tr>"
        }
        return "<table class=\"differences\">\n<thead>\(header)</thead>\n<tbody>\n" + body.joined(separator: "\n") + "\n</tbody>\n</table>"
    }
}
