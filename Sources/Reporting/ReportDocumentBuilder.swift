import ResultFormat

/// Turns a ``ResultSet`` into a ``ReportDocument``: which tables, charts and prose a
/// report holds, in which order, with which labels.
struct ReportDocumentBuilder {
    let results: ResultSet
    let language: ReportLanguage

    var run: RunMetadata { results.run }
    func t(_ label: ReportLabel) -> String { language.text(label) }

    func build() -> ReportDocument {
        var sections: [ReportDocument.Section] = []
        func add(_ id: ReportDocument.SectionID, _ found: [ReportDocument.Section]) {
            sections += found.map { var section = $0; section.id = id; return section }
        }
        /// Long tables go to the appendix, their titles saying so.
        func appendix(_ section: ReportDocument.Section?) -> [ReportDocument.Section] {
            section.map { var section = $0; section.title = "\(t(.appendix)): \(section.title)"; return [section] } ?? []
        }
        // Summary first, then what the eye reads at a glance, the region, each unit, and what lies behind.
        add(.summary, [summarySection()])
        add(.heatMap, heatMapSection().map { [$0] } ?? [])
        add(.region, regionSection().map { [$0] } ?? [])
        add(.charts, chartSection().map { [$0] } ?? [])
        add(.observed, observedSection().map { [$0] } ?? [])
        add(.backtest, results.backtest.map { [BacktestSection(rows: $0, language: language).section()] } ?? [])
        add(.unitIndex, unitIndexSection().map { [$0] } ?? [])
        add(.unitPages, unitPageSections())
        add(.comparison, comparisonSections())
        add(.staffing, staffingSection().map { [$0] } ?? [])
        add(.sensitivity, sensitivitySection().map { [$0] } ?? [])
        add(.about, [aboutSection()])
        add(.assumptions, [assumptionsSection()])
        add(.interventions, [interventionsSection()])
        add(.interventionLogic, interventionLogicSection().map { [$0] } ?? [])
        add(.probabilities, appendix(probabilitySection()))
        add(.details, appendix(detailSection()))
        add(.staffingTradeOff, appendix(staffingTradeOffSection()))
        return ReportDocument(
            language: language, scenario: run.scenario, title: t(.reportTitle), subtitle: language.scenarioLine(run.scenario),
            sections: sections)
    }

    // MARK: - What the results hold

    /// Projected years, ascending.
    var years: [Int] { Set(results.results.map(\.year)).sorted() }

    /// The first and the last projected year, once when they are the same.
    var firstAndLastYear: [Int] { Array(Set([years.first, years.last].compactMap { $0 })).sorted() }

    /// Unit ids in run.json order, then any other unit of results.csv by id; never the region.
    var unitIDs: [String] {
        let listed = run.units.map(\.id)
        let others = Set(results.results.map(\.unit)).subtracting(listed).subtracting([RegionUnit.id])
        return listed + others.sorted()
    }

    func unitLabel(_ id: String) -> String {
        if id == RegionUnit.id { return t(.region) }
        guard let unit = run.units.first(where: { $0.id == id }) else { return id }
        return "\(unit.name) (\(unit.municipality))"
    }

    func rows(of unit: String) -> [ResultRow] {
        results.results.filter { $0.unit == unit }
    }

    /// `≤ 45` or `≥ 0.9`; targets that change between years are listed in year order.
    func targetText(_ indicator: String, _ rows: [ResultRow]) -> String {
        var seen: [Double] = []
        for row in rows.sorted(by: { $0.year < $1.year }) {
            if let target = row.target, !seen.contains(target) { seen.append(target) }
        }
        guard !seen.isEmpty else { return "" }
        return "\((IndicatorID(rawValue: indicator)?.targetKind ?? .atLeast).symbol) " + seen.map(language.number).joined(separator: "/")
    }

    // MARK: - Sections

    private func aboutSection() -> ReportDocument.Section {
        var blocks: [ReportDocument.Block] = []
        if !run.description.isEmpty { blocks.append(.paragraph(run.description)) }
        blocks.append(.table(ReportTable(
            caption: nil,
            columns: [.init(title: "", kind: .text), .init(title: "", kind: .text)],
            rows: [
                .cells([.text(t(.scenario)), .text(run.scenario)]),
                .cells([.text(t(.startYear)), .text(String(run.startYear))]),
                .cells([.text(t(.horizon)), .text(String(run.horizon))]),
                .cells([.text(t(.trials)), .text(String(run.trials))]),
                .cells([.text(t(.seed)), .text(String(run.seed))]),
            ] + largestErrorRow(),
            legend: nil)))
        if !run.units.isEmpty {
            blocks.append(.table(ReportTable(
                caption: t(.units),
                columns: [
                    .init(title: t(.unitId), kind: .text), .init(title: t(.unitName), kind: .wrapped(fraction: 0.3)),
                    .init(title: t(.municipality), kind: .text), .init(title: t(.cni), kind: .number),
                    .init(title: t(.ceiling), kind: .number),
                ],
                rows: run.units.map { unit in
                    .cells([.text(unit.id), .text(unit.name), .text(unit.municipality), .number(unit.cni), .number(unit.ceiling)])
                },
                legend: nil)))
        }
        return .init(title: t(.aboutRun), blocks: blocks)
    }

    /// The largest Monte Carlo standard error of a `p_meet` in the results, with its unit, year
    /// and indicator; none for results without the column.
    private func largestErrorRow() -> [ReportTable.Row] {
        guard let worst = results.results.filter({ $0.pMeetSE != nil }).max(by: { $0.pMeetSE! < $1.pMeetSE! }),
              let error = worst.pMeetSE else { return [] }
        return [.cells([.text(t(.largestError)),
                        .text("±\(NumberFormat.string(error)) (\(unitLabel(worst.unit)) \(worst.year), \(worst.indicator))")])]
    }

    /// At most this many year columns go in one probability table; longer horizons are
    /// split into tables of about equal width so each fits an A4 page.
    static let maxYearColumns = 6

    /// (a) Per unit and target indicator: the probability of meeting the target in each year.
    private func probabilitySection() -> ReportDocument.Section {
        let chunkCount = (years.count + Self.maxYearColumns - 1) / Self.maxYearColumns
        let chunkSize = chunkCount == 0 ? 1 : (years.count + chunkCount - 1) / chunkCount
        let chunks = stride(from: 0, to: years.count, by: chunkSize).map { Array(years[$0..<min($0 + chunkSize, years.count)]) }
        var blocks: [ReportDocument.Block] = [.paragraph(t(.pMeetIntro))]
        for chunk in chunks {
            var tableRows: [ReportTable.Row] = []
            for unit in unitIDs {
                let unitRows = rows(of: unit).filter { $0.pMeet != nil }
                guard !unitRows.isEmpty else { continue }
                tableRows.append(.group(unitLabel(unit)))
                for indicator in IndicatorID.sorted(unitRows.map(\.indicator)) {
                    let indicatorRows = unitRows.filter { $0.indicator == indicator }
                    let byYear = Dictionary(indicatorRows.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
                    tableRows.append(.cells(
                        [.text(language.indicatorName(indicator)), .text(targetText(indicator, indicatorRows))]
                            + chunk.map { probability(byYear[$0]) }))
                }
            }
            let caption = chunks.count == 1
                ? t(.pMeetSection) : "\(t(.pMeetSection)), \(chunk.first!)–\(chunk.last!)"
            blocks.append(.table(withLegend(ReportTable(
                caption: caption,
                columns: [
                    .init(title: t(.indicator), kind: .wrapped(fraction: max(0.3, 0.55 - 0.04 * Double(chunk.count)))),
                    .init(title: t(.target), kind: .text),
                ] + chunk.map { .init(title: String($0), kind: .number) },
                rows: tableRows, legend: nil))))
        }
        return .init(title: t(.pMeetSection), blocks: blocks)
    }

    /// (b) The region rows: mean, P5–P95, target and probability of meeting it, per year.
    private func regionSection() -> ReportDocument.Section? {
        let regionRows = rows(of: RegionUnit.id)
        guard !regionRows.isEmpty else { return nil }
        var tableRows: [ReportTable.Row] = []
        for indicator in IndicatorID.sorted(regionRows.map(\.indicator)) {
            let indicatorRows = regionRows.filter { $0.indicator == indicator }.sorted { $0.year < $1.year }
            for (index, row) in indicatorRows.enumerated() {
                tableRows.append(.cells([
                    .text(index == 0 ? language.indicatorName(indicator) : ""), .text(String(row.year)),
                    .number(row.mean), .range(row.p05, row.p95),
                    .text(index == 0 ? targetText(indicator, indicatorRows) : ""), probability(row),
                ]))
            }
        }
        let table = ReportTable(
            caption: t(.regionSection),
            columns: [
                .init(title: t(.indicator), kind: .wrapped(fraction: 0.34)), .init(title: t(.year), kind: .text),
                .init(title: t(.mean), kind: .number), .init(title: t(.range), kind: .range),
                .init(title: t(.target), kind: .text), .init(title: t(.pMeetColumn), kind: .number),
            ],
            rows: tableRows, legend: nil)
        return .init(title: t(.regionSection), blocks: [.paragraph(t(.regionIntro)), .table(withLegend(table))])
    }

    /// (c) Per unit and indicator: mean and P5–P95 in the first and last year, and the target.
    private func detailSection() -> ReportDocument.Section {
        let shown = [years.first, years.last].compactMap { $0 }.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        var tableRows: [ReportTable.Row] = []
        for unit in unitIDs {
            let unitRows = rows(of: unit)
            guard !unitRows.isEmpty else { continue }
            tableRows.append(.group(unitLabel(unit)))
            for indicator in IndicatorID.sorted(unitRows.map(\.indicator)) {
                let indicatorRows = unitRows.filter { $0.indicator == indicator }
                var cells: [ReportTable.Cell] = [.text(language.indicatorName(indicator)), .text(targetText(indicator, indicatorRows))]
                for year in shown {
                    if let row = indicatorRows.first(where: { $0.year == year }) {
                        cells += [.number(row.mean), .range(row.p05, row.p95)]
                    } else {
                        cells += [.empty, .empty]
                    }
                }
                tableRows.append(.cells(cells))
            }
        }
        let yearColumns: [ReportTable.Column] = shown.flatMap { year in
            [.init(title: "\(t(.mean)) \(year)", kind: .number), .init(title: "\(t(.range)) \(year)", kind: .range)]
        }
        let table = ReportTable(
            caption: t(.detailSection),
            columns: [.init(title: t(.indicator), kind: .wrapped(fraction: 0.28)), .init(title: t(.target), kind: .text)] + yearColumns,
            rows: tableRows, legend: nil)
        return .init(title: t(.detailSection), blocks: [.paragraph(t(.detailIntro)), .table(table)])
    }

    /// The region's fan charts, from fan.csv (each unit's are on its page).
    private func chartSection() -> ReportDocument.Section? {
        let fans = results.fans.filter { $0.unit == RegionUnit.id }
        guard !fans.isEmpty else { return nil }
        let charts = IndicatorID.sorted(fans.map(\.indicator)).map { indicator in
            fanChart(unit: RegionUnit.id, indicator: indicator, fans: fans.filter { $0.indicator == indicator })
        }
        return .init(title: t(.fanSection), blocks: [.paragraph(t(.fanIntro)), .charts(title: unitLabel(RegionUnit.id), charts)])
    }

    /// The target line comes from results.csv; for newborns per FTE at a unit without a
    /// target there, from the unit's ceiling in run.json. The observed points come from
    /// observed.csv, small cells left out (``ObservedRow/isMasked``).
    func fanChart(unit: String, indicator: String, fans: [FanRow]) -> FanChart {
        let points = fans.sorted { $0.year < $1.year }.map {
            FanChart.Point(year: $0.year, p05: $0.p05, p25: $0.p25, p50: $0.p50, p75: $0.p75, p95: $0.p95)
        }
        let targetRows = results.results.filter { $0.unit == unit && $0.indicator == indicator }
        var target = points.compactMap { point in
            targetRows.first { $0.year == point.year }?.target.map { FanChart.YearValue(year: point.year, value: $0) }
        }
        if target.isEmpty, indicator == "newborns_per_nurse_fte", let unitInfo = run.units.first(where: { $0.id == unit }) {
            target = points.map { FanChart.YearValue(year: $0.year, value: unitInfo.ceiling) }
        }
        let years = Set(points.map(\.year))
        let observed = (results.observed ?? [])
            .filter { $0.unit == unit && $0.indicator == indicator && years.contains($0.year) && !$0.isMasked }
            .sorted { $0.year < $1.year }.map { FanChart.YearValue(year: $0.year, value: $0.value) }
        return FanChart(title: language.indicatorName(indicator), points: points, target: target, observed: observed)
    }

    /// (d) One table per pair of compared scenarios.
    private func comparisonSections() -> [ReportDocument.Section] {
        guard let comparison = results.comparison, !comparison.isEmpty else { return [] }
        var pairs: [(base: String, other: String)] = []
        for row in comparison where !pairs.contains(where: { $0 == (row.base, row.other) }) {
            pairs.append((row.base, row.other))
        }
        return pairs.map { pair in
            // The region in full; for units only the targets whose mean or chance of being met moved.
            let pairRows = comparison.filter { row in
                row.base == pair.base && row.other == pair.other
                    && (row.unit == RegionUnit.id
                        || row.deltaPMeet.map { $0 != 0 || row.diffMean != 0 } == true)
            }
            var tableRows: [ReportTable.Row] = []
            let units = Set(pairRows.map(\.unit))
            for unit in unitIDs.filter(units.contains) + units.subtracting(unitIDs).sorted() {
                tableRows.append(.group(unitLabel(unit)))
                let unitRows = pairRows.filter { $0.unit == unit }
                for indicator in IndicatorID.sorted(unitRows.map(\.indicator)) {
                    for (index, row) in unitRows.filter({ $0.indicator == indicator }).sorted(by: { $0.year < $1.year }).enumerated() {
                        tableRows.append(.cells([
                            .text(index == 0 ? language.indicatorName(indicator) : ""), .text(String(row.year)),
                            .number(row.baseMean), .number(row.otherMean), .number(row.diffMean),
                            .range(row.diffP05, row.diffP95), .number(row.pBetter), .number(row.deltaPMeet),
                        ]))
                    }
                }
            }
            let table = ReportTable(
                caption: "\(t(.comparisonSection)): \(pair.other) – \(pair.base)",
                columns: [
                    .init(title: t(.indicator), kind: .wrapped(fraction: 0.2)), .init(title: t(.year), kind: .text),
                    .init(title: "\(t(.baseMean)) (\(pair.base))", kind: .number),
                    .init(title: "\(t(.otherMean)) (\(pair.other))", kind: .number),
                    .init(title: t(.difference), kind: .number), .init(title: t(.differenceRange), kind: .range),
                    .init(title: t(.pBetter), kind: .number), .init(title: t(.deltaPMeet), kind: .number),
                ],
                rows: tableRows, legend: nil)
            return .init(
                title: "\(t(.comparisonSection)): \(pair.other) – \(pair.base)",
                blocks: [.paragraph(language.comparisonIntro(base: pair.base, other: pair.other)), .table(table)])
        }
    }

    /// (d) Staffing advice per unit, with its probabilities and note under each row.
    private func staffingSection() -> ReportDocument.Section? {
        guard let staffing = results.staffing, !staffing.isEmpty else { return nil }
        var tableRows: [ReportTable.Row] = []
        for row in staffing where row.isAdviceRow {
            tableRows.append(.cells([
                .text(unitLabel(row.unit)), .number(row.currentFTE), .number(Double(row.currentPersons)),
                .number(row.advisedFTE), .number(row.advisedPersons.map(Double.init)),
                .text(row.advisedFractions.map(language.number).joined(separator: "; ")),
                .text(t(row.feasible ? .yes : .no)),
            ]))
            let details = [(t(.pMeetSummary), row.pMeetSummary), (t(.note), row.note)].filter { !$0.1.isEmpty }
            if !details.isEmpty {
                tableRows.append(.note(details.map { "\($0.0): \($0.1)" }.joined(separator: ". ")))
            }
        }
        let table = ReportTable(
            caption: t(.staffingSection),
            columns: [
                .init(title: t(.unitName), kind: .wrapped(fraction: 0.24)), .init(title: t(.currentFTE), kind: .number),
                .init(title: t(.currentPersons), kind: .number), .init(title: t(.advisedFTE), kind: .number),
                .init(title: t(.advisedPersons), kind: .number), .init(title: t(.advisedFractions), kind: .text),
                .init(title: t(.feasible), kind: .text),
            ],
            rows: tableRows, legend: nil)
        return .init(title: t(.staffingSection), blocks: [.paragraph(t(.staffingIntro)), .table(table)])
    }

    /// (e) Every assumption of run.json with its value and source.
    private func assumptionsSection() -> ReportDocument.Section {
        let table = ReportTable(
            caption: t(.assumptionsSection),
            columns: [
                .init(title: t(.assumptionName), kind: .wrapped(fraction: 0.3)), .init(title: t(.value), kind: .wrapped(fraction: 0.15)),
                .init(title: t(.source), kind: .wrapped(fraction: 0.45)),
            ],
            rows: run.assumptions.map { .cells([.text($0.name), .text($0.value), .text($0.source)]) },
            legend: nil)
        return .init(title: t(.assumptionsSection), blocks: [.table(table)])
    }

    private func interventionsSection() -> ReportDocument.Section {
        guard !run.interventions.isEmpty else {
            return .init(title: t(.interventionsSection), blocks: [.paragraph(t(.noInterventions))])
        }
        let table = ReportTable(
            caption: t(.interventionsSection),
            columns: [
                .init(title: t(.kind), kind: .wrapped(fraction: 0.18)), .init(title: t(.description), kind: .wrapped(fraction: 0.47)),
                .init(title: t(.appliesTo), kind: .wrapped(fraction: 0.25)),
            ],
            rows: run.interventions.map { intervention in
                .cells([
                    .text(intervention.kind), .text(intervention.description),
                    .text(intervention.units.map(unitLabel).joined(separator: ", ")),
                ])
            },
            legend: nil)
        return .init(title: t(.interventionsSection), blocks: [.table(table)])
    }

    private func interventionLogicSection() -> ReportDocument.Section? {
        guard !run.interventionLogic.isEmpty else { return nil }
        var blocks: [ReportDocument.Block] = []
        for (index, logic) in run.interventionLogic.enumerated() {
            blocks.append(.subheading(logic.intervention.isEmpty ? "\(t(.interventionsSection)) \(index + 1)" : logic.intervention))
            let levels: [(ReportLabel, RunMetadata.InterventionLogic.Level)] = [
                (.longTermOutcome, logic.longTermOutcome), (.shortTermOutcome, logic.shortTermOutcome),
                (.activities, logic.activities), (.resources, logic.resources),
            ]
            blocks.append(.definitions(levels.filter { !$0.1.isEmpty }.map { label, level in
                let details = [
                    (t(.logicIndicators), level.indicators), (t(.logicDataSources), level.dataSources),
                    (t(.logicAssumptions), level.assumptions),
                ].filter { !$0.1.isEmpty }.map { (label: $0.0, text: $0.1.joined(separator: "; ")) }
                return ReportDocument.Definition(term: t(label), text: level.text, details: details)
            }))
        }
        return .init(title: t(.interventionLogicSection), blocks: blocks)
    }

    /// A row's probability of meeting its target, marked as ``ReportTable/Cell/probability(_:defined:trials:)`` says.
    func probability(_ row: ResultRow?) -> ReportTable.Cell {
        .probability(row?.pMeet, defined: row?.nDefined, trials: run.trials)
    }

    /// Adds the legends explaining the marks the table's cells carry.
    func withLegend(_ table: ReportTable) -> ReportTable {
        var table = table
        let marks = table.marks
        let legends = [(ReportTable.Marks.miss, ReportLabel.missLegend), (.partlyDefined, .partlyDefinedLegend)]
            .filter { marks.contains($0.0) }.map { t($0.1) }
        if !legends.isEmpty { table.legend = legends.joined(separator: " ") }
        return table
    }
}
