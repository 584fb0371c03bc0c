import Reporting
import ResultFormat

/// A scenario's region overview: for one projected year, each unit's probability of meeting each
/// target, coloured (``ProbabilityCell``), with the other years one click away, and the downloads.
enum OverviewPage {
    static func page(_ run: ScenarioRun, year requested: Int?, language: ReportLanguage) -> HTMLPage {
        let years = run.scenario.years
        let year = requested.flatMap { years.contains($0) ? $0 : nil } ?? years[0]
        let rows = run.results.results.filter { $0.year == year && $0.pMeet != nil }
        let indicators = IndicatorID.sorted(Set(rows.map(\.indicator)))
        var index: [String: ResultRow] = [:]
        for row in rows { index[row.unit + "\u{0}" + row.indicator] = row }
        let yearLinks = years.map { $0 == year ? "<strong>\($0)</strong>" : "<a href=\"\(h(Routes.overview(run.name, year: $0)))\">\($0)</a>" }
        let header = "<tr><th>\(h(language.text(.unitName)))</th><th>\(h(language.text(.municipality)))</th>"
            + indicators.map { "<th class=\"indicator num\">\(h(language.indicatorName($0)))</th>" }.joined() + "</tr>"
        let units = run.results.run.units.map { unit in
            "<tr><td><a href=\"\(h(Routes.unit(run.name, unit.id)))\">\(h(unit.name))</a></td><td>\(h(unit.municipality))</td>"
                + indicators.map { ProbabilityCell.html(index[unit.id + "\u{0}" + $0], language: language) }.joined() + "</tr>"
        }
        let region = "<tr><td><strong>\(h(language.text(.region)))</strong></td><td></td>"
            + indicators.map { ProbabilityCell.html(index[RegionUnit.id + "\u{0}" + $0], language: language) }.joined() + "</tr>"
        let body = """
            <p class="intro">\(h(run.scenario.description))</p>
            <p class="intro">\(h(WebText.overviewIntro.text(language))) \(h(language.text(.trials))): \(run.scenario.trials), \
            \(h(language.text(.seed))): \(run.scenario.seed).</p>
            <p class="years">\(h(language.text(.year))): \(yearLinks.joined(separator: " "))</p>
            \(ProbabilityCell.legend(language))
            <table class="overview">
            <thead>\(header)</thead>
            <tbody>
            \(units.joined(separator: "\n"))
            \(region)
            </tbody>
            </table>
            \(DownloadLinks.html(run.name, language: language))
            """
        return HTMLPage(language: language, title: "\(WebText.overview.text(language)): \(run.name)", body: body)
    }
}
