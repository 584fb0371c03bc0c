import PlannerApp
import Reporting

/// Two scenarios side by side on common random numbers: the region's differences year by year and
/// the units that change most, exactly as `bhvplan compare BASE OTHER` prints them.
enum ComparePage {
    static func page(base: String, other: String, outcome: Result<String, CommandFailure>, language: ReportLanguage) -> HTMLPage {
        let body: String
        switch outcome {
        case .success(let summary):
            body = "<p class=\"intro\">\(h(WebText.compareIntro.text(language)))</p>\n<pre class=\"comparison\">\(h(summary))</pre>"
        case .failure(let failure):
            body = "<p class=\"problem\">\(h(failure.message))</p>"
        }
        let failed: Bool = if case .failure = outcome { true } else { false }
        return HTMLPage(language: language, title: "\(WebText.compare.text(language)): \(base) – \(other)", body: body,
                        status: failed ? .unprocessableContent : .ok)
    }
}
