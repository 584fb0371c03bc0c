import ResultFormat

/// The heat maps: each unit's probability of meeting each target, in the first and in the last
/// projected year, straight from results.csv.
extension ReportDocumentBuilder {
    func heatMapSection() -> ReportDocument.Section? {
        let unitRows = results.results.filter { $0.unit != RegionUnit.id && $0.pMeet != nil }
        guard !unitRows.isEmpty else { return nil }
        let targets = IndicatorID.sorted(Set(unitRows.map(\.indicator)))
        let units = unitIDs.filter { unit in unitRows.contains { $0.unit == unit } }
        let maps = firstAndLastYear.map { year in
            HeatMap(
                caption: "\(t(.heatMapSection)), \(year)", rowTitle: t(.unitName),
                columns: targets.map { indicator in
                    "\(language.indicatorName(indicator)) \(targetText(indicator, unitRows.filter { $0.indicator == indicator }))"
                },
                rows: units.map { unit in
                    HeatMap.Row(label: unitLabel(unit), anchor: unit, cells: targets.map { indicator in
                        let row = unitRows.first { $0.unit == unit && $0.indicator == indicator && $0.year == year }
                        return probability(row)
                    })
                },
                legend: "")
        }.map { map in
            var map = map
            let marks = map.rows.reduce(into: ReportTable.Marks()) { marks, row in row.cells.forEach { marks.formUnion($0.marks) } }
            map.legend = [(ReportTable.Marks.miss, ReportLabel.missLegend), (.partlyDefined, .partlyDefinedLegend)]
                .filter { marks.contains($0.0) }.map { t($0.1) }.joined(separator: " ")
            return map
        }
        return .init(title: t(.heatMapSection), blocks: [.paragraph(t(.heatMapIntro))] + maps.map { ReportDocument.Block.heatMap($0) })
    }
}
