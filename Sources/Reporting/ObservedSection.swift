import ResultFormat

/// The section putting what was registered (`observed.csv`) beside the projection: per unit,
/// year and indicator the observed value, the projected mean and P5–P95, and the observation's
/// percentile in the projection; then the observations that could not be compared, and why.
/// Small cells are masked as `bhvplan observe` masks them on the terminal.
extension ReportDocumentBuilder {
    func observedSection() -> ReportDocument.Section? {
        guard let observed = results.observed, !observed.isEmpty else { return nil }
        let matched = ObservedBesideProjected(observed: observed, results: results)
        var blocks: [ReportDocument.Block] = [.paragraph(t(.observedIntro))]
        if !matched.compared.isEmpty {
            let shown = matched.compared.filter { !$0.observed.isMasked }
            let inside = shown.filter { $0.percentile.isInsideBand }.count
            let share = shown.isEmpty ? 0 : (100 * Double(inside) / Double(shown.count)).rounded()
            blocks.append(.paragraph(t(.observedInside).replacingOccurrences(of: "%1", with: String(inside))
                .replacingOccurrences(of: "%2", with: String(shown.count)).replacingOccurrences(of: "%3", with: language.number(share))))
            blocks.append(.table(comparedTable(matched.compared)))
        }
        if !matched.notCompared.isEmpty {
            blocks += [.subheading(t(.notCompared)), .paragraph(t(.notComparedIntro)), .table(notComparedTable(matched.notCompared))]
        }
        return .init(title: t(.observedSection), blocks: blocks)
    }

    private func comparedTable(_ compared: [ObservedBesideProjected.Compared]) -> ReportTable {
        let masked = "<\(ObservedRow.fewestShown)"
        var rows: [ReportTable.Row] = []
        let units = Set(compared.map(\.observed.unit))
        let order = (units.contains(RegionUnit.id) ? [RegionUnit.id] : []) + unitIDs.filter(units.contains)
            + units.subtracting(unitIDs + [RegionUnit.id]).sorted()
        for unit in order {
            rows.append(.group(unitLabel(unit)))
            let unitRows = compared.filter { $0.observed.unit == unit }
            for indicator in IndicatorID.sorted(Set(unitRows.map(\.observed.indicator))) {
                let indicatorRows = unitRows.filter { $0.observed.indicator == indicator }.sorted { $0.observed.year < $1.observed.year }
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
        }
        let hasMasked = compared.contains { $0.observed.isMasked }
        return ReportTable(
            caption: t(.observedSection),
            columns: [
                .init(title: t(.indicator), kind: .wrapped(fraction: 0.3)), .init(title: t(.year), kind: .text),
                .init(title: t(.observedValue), kind: .number), .init(title: t(.projectedMean), kind: .number),
                .init(title: t(.range), kind: .range), .init(title: t(.percentile), kind: .number),
            ],
            rows: rows, legend: hasMasked ? t(.maskedLegend) : nil)
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
                        .text(IndicatorID.sorted(group.indicators).map(language.indicatorName).joined(separator: ", ")), .text(reasonText(group.reason))])
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
