import Reporting

/// The start page: the folder's scenarios, each linking to its overview, and the form that
/// compares two of them.
enum ScenarioListPage {
    static func page(names: [String], language: ReportLanguage) -> HTMLPage {
        let t = { (text: WebText) in h(text.text(language)) }
        let items = names.map { "<li><a href=\"\(h(Routes.overview($0)))\">\(h($0))</a></li>" }.joined(separator: "\n")
        let options = names.map { "<option value=\"\(h($0))\">\(h($0))</option>" }.joined()
        let body = """
            <ul class="scenarios">
            \(items)
            </ul>
            <h2>\(t(.compare))</h2>
            <p class="intro">\(t(.compareIntro))</p>
            <form class="runs" method="get" action="\(Routes.compare)">
            <label>\(t(.base)) <select name="base">\(options)</select></label>
            <label>\(t(.other)) <select name="other">\(options)</select></label>
            <button type="submit">\(t(.compare))</button>
            \(HTMLPage.runningNote(language))
            </form>
            """
        return HTMLPage(language: language, title: WebText.title.text(language), body: body)
    }
}
