import ChildHealth
import PlannerApp
import Reporting

/// A unit's sizing: the least nurse FTE in persons that meets the staffing targets and the first
/// home visit with the chosen confidence, the trade-off and the doctor range exactly as
/// `bhvplan size SCENARIO --unit ID` prints them.
enum SizePage {
    static func page(_ run: ScenarioRun, unit: ChildHealth.Unit, confidence: String, outcome: Result<String, CommandFailure>?,
                     language: ReportLanguage) -> HTMLPage {
        let t = { (text: WebText) in h(text.text(language)) }
        var body = """
            <p class="intro">\(t(.sizeIntro))</p>
            <form class="runs" method="get" action="\(h(Routes.size(run.name, unit.id)))">
            <label for="confidence">\(t(.confidence))</label> <input type="text" name="confidence" id="confidence" value="\(h(confidence))">
            """
        if case .failure(let problem) = outcome { body += "<span class=\"problem\" data-field=\"confidence\">\(h(FieldMessage.text(problem.message, language: language)))</span>" }
        body += "\n<button type=\"submit\">\(t(.run))</button>\n\(HTMLPage.runningNote(language))\n</form>\n"
        if case .success(let text) = outcome { body += "<pre class=\"sizing\">\(h(text))</pre>" }
        let failed: Bool = if case .failure = outcome { true } else { false }
        return HTMLPage(language: language, title: "\(WebText.size.text(language)): \(unit.name)",
                        trail: [(run.name, Routes.overview(run.name)), (unit.name, Routes.unit(run.name, unit.id))],
                        body: body, status: failed ? .unprocessableContent : .ok)
    }
}
