import ResultFormat

/// What was registered (`observed.csv`) beside the projection. The section gives how to read it,
/// per unit how many observations fell inside, below and above the projected P5–P95, the region's
/// observations when there are any, and the observations that could not be compared, and why; each
/// unit's page has its own table (``observedTable(unit:)``). Small cells are masked as
/// `bhvplan observe` masks them on the terminal.
extension ReportDocumentBuilder {
    func observedSection() -> ReportDocument.Section? {
        guard let matched = observedBesideProjected else { return nil }
        var blocks: [ReportDocument.Block] = [.paragraph(t(.observedIntro))]
        let shown = matched.compared.filter { !$0.observed.isMasked }
        if !shown.isEmpty {
            let inside = shown.filter { $0.percentile.isInsideBand }.count
            let share = (100 * Double(inside) / Double(shown.count)).rounded()
            blocks.append(.paragraph(t(.observedInside).replacingOccurrences(of: "%1", with: String(inside))
                .replacingOccurrences(of: "%2", with: String(shown.count)).replacingOccurrences(of: "%3", with: language.number(share))))
            blocks.append(.table(overviewTable(shown)))
        }
        if let region = observedTable(unit: RegionUnit.id) { blocks.append(.table(region)) }
        if !matched.notCompared.isEmpty {
            blocks += [.subheading(t(.notCompared)), .paragraph(t(.notComparedIntro)), .table(notComparedTable(matched.notCompared))]
        }
        return .init(title: t(.observedSection), blocks: blocks)
    }

    /// The observations of the result set matched to the projection, nil without observations.
    var observedBesideProjected: ObservedBesideProjected? {
        guard let observed = results.observed, !observed.isEmpty else { return nil }
        return ObservedBesideProjected(observed: observed, results: results)
    }

    /// Per unit: the observations shown, and how many fell inside, below and above P5–P95.
    private func overviewTable(_ shown: [ObservedBesideProjected.Compared]) -> ReportTable {
        let units = Set(shown.map(\.observed.unit))
        let order = (units.contains(RegionUnit.id) ? [RegionUnit.id] : []) + unitIDs.filter(units.contains)
            + units.subtracting(unitIDs + [RegionUnit.id]).sorted()
        return ReportTable(
            caption: t(.observedOverview),
            columns: [.init(title: t(.unitName), kind: .wrapped(fraction: 0.34))]
                + [ReportLabel.observations, .insideBand, .belowBand, .aboveBand].map { .init(title: t($0), kind: .number) },
            rows: order.map { unit in
                let rows = shown.filter { $0.observed.unit == unit }
                func count(_ test: (ProjectedPercentile) -> Bool) -> ReportTable.Cell { .number(Double(rows.filter { test($0.percentile) }.count)) }
                return .cells([.text(unitLabel(unit)), .number(Double(rows.count)), count(\.isInsideBand),
                               count { if case .below = $0 { true } else { false } }, count { if case .above = $0 { true } else { false } }])
            },
            legend: nil)
    }

    /// The unit's observations, indicator by indicator and year by year, with the projected mean,
    /// P5–P95 and the observation's percentile; nil when the unit has none compared.
    func observedTable(unit: String) -> ReportTable? {
        let compared = observedBesideProjected?.compared.filter { $0.observed.unit == unit } ?? []
        guard !compared.isEmpty else { return nil }
        let masked = "<\(ObservedRow.fewestShown)"
        var rows: [ReportTable.Row] = []
        for indicator in IndicatorID.sorted(Set(compared.map(\.observed.indicator))) {
            let indicatorRows = compared.filter { $0.observed.indicator == indicator }.sorted { $0.observed.year < $1.observed.year }
            for (index, row) in indicatorRows.enumerated() {
                let isMasked = row.observed.isMasked
                rows.append(.cells([
                    .text(index == 0 ? language.indicatorName(indicator) : ""), .text(String(row.observed.year)),
                    isMasked ? .text(masked) : .number(row.observed.value),
                    .number(row.projected.mean), .range(row.projected.p05, row.projected.p95),
                    isMasked ? .empty : percentileCell(row.percentile),
                ]))
            }
        }
        return ReportTable(
            caption: "\(t(.observedSection)): \(unit)",
            columns: [
                .init(title: t(.indicator), kind: .wrapped(fraction: 0.3)), .init(title: t(.year), kind: .text),
                .init(title: t(.observedValue), kind: .number), .init(title: t(.projectedMean), kind: .number),
                .init(title: t(.range), kind: .range), .init(title: t(.percentile), kind: .number),
            ],
            rows: rows, legend: compared.contains { $0.observed.isMasked } ? t(.maskedLegend) : nil)
    }

    /// A percentile as a whole number, or `below P5` / `above P95` outside the band (not `<5`,
    /// which is a masked value).
    private func percentileCell(_ percentile: ProjectedPercentile) -> ReportTable.Cell {
        switch percentile {
        case .below(let percent): .text(t(.belowQuantile).replacingOccurrences(of: "%@", with: language.number(percent)))
        case .above(let percent): .text(t(.aboveQuantile).replacingOccurrences(of: "%@", with: language.number(percent)))
        case .at(let percent): .number(percent.rounded())
        }
    }

    private func notComparedTable(_ groups: [ObservedBesideProjected.NotCompared]) -> ReportTable {
        ReportTable(
            caption: t(.notCompared),
            columns: [
                .init(title: t(.unitName), kind: .wrapped(fraction: 0.22)), .init(title: t(.year), kind: .text),
                .init(title: t(.indicators), kind: .wrapped(fraction: 0.38)), .init(title: t(.reason), kind: .wrapped(fraction: 0.24)),
            ],
            rows: groups.map { group in
                .cells([.text(unitLabel(group.unit)), .text(String(group.year)),
                        .text(IndicatorID.sorted(group.indicators).map(language.indicatorName).joined(separator: ", ")),
                        .text(reasonText(group.reason))])
            },
            legend: nil)
    }

    private func reasonText(_ reason: ObservedBesideProjected.Reason) -> String {
        switch reason {
        case .unitNotProjected: t(.unitNotProjected)
        case .yearNotProjected(let first, let last):
            t(.yearNotProjected).replacingOccurrences(of: "%@", with: first == last ? String(first) : "\(first)–\(last)")
        case .indicatorNotProjected: t(.indicatorNotProjected)
        }
    }
}
