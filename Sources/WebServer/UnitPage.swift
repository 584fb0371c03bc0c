import ChildHealth
import Reporting
import ResultFormat

/// A unit's page for its manager: the probabilities over the years, the fan charts the HTML report
/// draws, the unit's staff and the assumptions in force, and the way to the what-if and the sizing.
enum UnitPage {
    static func page(_ run: ScenarioRun, unit: ChildHealth.Unit, language: ReportLanguage) -> HTMLPage {
        let t = { (text: WebText) in h(text.text(language)) }
        let info = run.results.run.units.first { $0.id == unit.id }
        let charts = UnitFanCharts.figures(run.results, unit: unit.id, language: language).map {
            "<figure class=\"chart\"><figcaption>\(h($0.title))</figcaption>\n\($0.svg)</figure>"
        }
        let staff = unit.staff.map {
            "<tr><td>\(h($0.id))</td><td>\(h(WebText.role($0.role, language)))</td><td class=\"num\">\(language.number($0.fraction))</td></tr>"
        }
        let interventions = run.results.run.interventions.filter { $0.units.contains(unit.id) }
            .map { "<li>\(h($0.kind)): \(h($0.description))</li>" }
        let assumptions = run.results.run.assumptions.map {
            "<tr><td>\(h($0.name))</td><td>\(h($0.value))</td><td class=\"muted\">\(h($0.source))</td></tr>"
        }
        let body = """
            <p><a href="\(h(Routes.whatIf(run.name, unit.id)))"><strong>\(t(.whatIf))</strong></a> · \
            <a href="\(h(Routes.size(run.name, unit.id)))">\(t(.size))</a></p>
            <dl>
            <dt>\(h(language.text(.municipality)))</dt><dd>\(h(unit.municipality))</dd>
            <dt>\(h(language.text(.cni)))</dt><dd>\(language.number(unit.cni))</dd>
            <dt>\(h(language.text(.ceiling)))</dt><dd>\(info.map { language.number($0.ceiling) } ?? "")</dd>
            <dt>\(t(.newbornsPerYear)) (\(run.scenario.startYear))</dt><dd>\(language.number(NumberFormat.rounded(unit.expectedNewborns)))</dd>
            </dl>
            <h2>\(h(language.text(.pMeetSection)))</h2>
            \(ProbabilityCell.legend(language))
            \(ProbabilityTable.html(run.rows(unit: unit.id), years: run.scenario.years, language: language))
            <h2>\(h(language.text(.fanSection)))</h2>
            <div class="charts">
            \(charts.joined(separator: "\n"))
            </div>
            <h2>\(t(.staff))</h2>
            <table><thead><tr><th>Id</th><th>\(t(.role))</th><th class="num">\(t(.fraction))</th></tr></thead>
            <tbody>\(staff.joined())</tbody></table>
            <h2>\(t(.interventionsHere))</h2>
            \(interventions.isEmpty ? "<p>\(t(.none))</p>" : "<ul>\(interventions.joined())</ul>")
            <h2>\(h(language.text(.assumptionsSection)))</h2>
            <table><thead><tr><th>\(h(language.text(.assumptionName)))</th><th>\(h(language.text(.value)))</th>\
            <th>\(h(language.text(.source)))</th></tr></thead>
            <tbody>\(assumptions.joined(separator: "\n"))</tbody></table>
            """
        return HTMLPage(language: language, title: "\(unit.name) (\(unit.id))",
                        trail: [(run.name, Routes.overview(run.name))], body: body)
    }
}
