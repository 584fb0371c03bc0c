import ResultFormat

/// One page per unit, printable alone for its manager: its probabilities over the years, its fan
/// charts, what was registered beside the projection, its staff and the advice, and the
/// assumptions where it differs from the region.
extension ReportDocumentBuilder {
    func unitPageSections() -> [ReportDocument.Section] {
        unitIDs.filter { !rows(of: $0).isEmpty }.map { unit in
            var section = ReportDocument.Section(title: "\(unit) – \(unitLabel(unit))", blocks: unitBlocks(unit))
            section.anchor = unit
            section.startsPage = true
            return section
        }
    }

    /// The units grouped by municipality, each line linking to the unit's page.
    func unitIndexSection() -> ReportDocument.Section? {
        let units = run.units.filter { !rows(of: $0.id).isEmpty }
        guard !units.isEmpty else { return nil }
        let municipalities = Set(units.map(\.municipality)).sorted()
        return .init(title: t(.unitIndexSection), blocks: municipalities.flatMap { municipality -> [ReportDocument.Block] in
            [.subheading(municipality),
             .links(units.filter { $0.municipality == municipality }.map { .init(text: "\($0.id) – \($0.name)", anchor: $0.id) })]
        })
    }

    private func unitBlocks(_ unit: String) -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = []
        let targetRows = rows(of: unit).filter { $0.pMeet != nil }
        if !targetRows.isEmpty {
            let shown = years.count > Self.maxYearColumns ? Array(years.suffix(Self.maxYearColumns)) : years
            let tableRows: [ReportTable.Row] = IndicatorID.sorted(Set(targetRows.map(\.indicator))).map { indicator in
                let indicatorRows = targetRows.filter { $0.indicator == indicator }
                return .cells([.text(language.indicatorName(indicator)), .text(targetText(indicator, indicatorRows))]
                    + shown.map { year in probability(indicatorRows.first { $0.year == year }) })
            }
            blocks.append(.table(withLegend(ReportTable(
                caption: "\(t(.pMeetSection)): \(unit)",
                columns: [.init(title: t(.indicator), kind: .wrapped(fraction: 0.3)), .init(title: t(.target), kind: .text)]
                    + shown.map { .init(title: String($0), kind: .number) },
                rows: tableRows, legend: nil))))
        }
        let fans = results.fans.filter { $0.unit == unit }
        if !fans.isEmpty {
            blocks.append(.charts(title: t(.fanSection), IndicatorID.sorted(Set(fans.map(\.indicator))).map { indicator in
                fanChart(unit: unit, indicator: indicator, fans: fans.filter { $0.indicator == indicator })
            }))
        }
        if let observed = observedTable(unit: unit) { blocks += [.subheading(t(.observedSection)), .table(observed)] }
        if let staff = staffTable(unit) { blocks += [.subheading(t(.unitStaff)), .table(staff)] }
        blocks.append(.subheading(t(.unitAssumptions)))
        let differences = assumptionDifferences(unit)
        blocks.append(differences.isEmpty ? .paragraph(t(.sameAsRegion)) : .definitions(differences))
        return blocks
    }

    /// The unit's advice row of staffing.csv as label–value lines.
    private func staffTable(_ unit: String) -> ReportTable? {
        guard let row = results.staffing?.first(where: { $0.unit == unit && $0.isAdviceRow }) else { return nil }
        var lines: [(ReportLabel, String)] = [
            (.currentFTE, language.number(row.currentFTE)), (.currentPersons, String(row.currentPersons)),
            (.advice, adviceText(unit) ?? ""),
        ]
        if !row.advisedFractions.isEmpty { lines.append((.advisedFractions, row.advisedFractions.map(language.number).joined(separator: "; "))) }
        lines.append((.doctorsNow, String(row.doctorsNow)))
        if row.doctorsMost > 0, row.doctorsFewest <= row.doctorsMost {
            lines.append((.doctorsAdvised, row.doctorsFewest == row.doctorsMost ? String(row.doctorsFewest) : "\(row.doctorsFewest)–\(row.doctorsMost)"))
        }
        if !row.pMeetSummary.isEmpty { lines.append((.pMeetSummary, row.pMeetSummary)) }
        if !row.note.isEmpty, row.feasible { lines.append((.note, row.note)) }
        return ReportTable(
            caption: nil,
            columns: [.init(title: "", kind: .text), .init(title: "", kind: .wrapped(fraction: 0.6))],
            rows: lines.map { .cells([.text(t($0.0)), .text($0.1)]) }, legend: nil)
    }

    /// The unit's CNI and ceiling where they differ from most units', and the interventions at it.
    private func assumptionDifferences(_ unit: String) -> [ReportDocument.Definition] {
        guard let info = run.units.first(where: { $0.id == unit }) else { return [] }
        var lines: [ReportDocument.Definition] = []
        func common(_ values: [Double]) -> Double? {
            Dictionary(grouping: values, by: { $0 }).max { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }?.key
        }
        let mostOthers = language == .sv ? "de flesta enheter" : "most units"
        if let cni = common(run.units.map(\.cni)), cni != info.cni {
            lines.append(.init(term: t(.cni), text: "\(language.number(info.cni)) (\(mostOthers): \(language.number(cni)))", details: []))
        }
        if let ceiling = common(run.units.map(\.ceiling)), ceiling != info.ceiling {
            lines.append(.init(term: t(.ceiling), text: "\(language.number(info.ceiling)) (\(mostOthers): \(language.number(ceiling)))", details: []))
        }
        for intervention in run.interventions where intervention.units.contains(unit) {
            lines.append(.init(term: "\(t(.interventionsSection)): \(intervention.kind)", text: intervention.description, details: []))
        }
        return lines
    }
}
