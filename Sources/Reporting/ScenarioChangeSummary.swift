import ResultFormat

/// The summary's three lines on what the compared scenario changes in the last compared year:
/// units whose probability of meeting a target crosses the confidence, the region's coverage,
/// and the nurse FTE added.
extension ReportDocumentBuilder {
    func scenarioChangeBlocks() -> [ReportDocument.Block] {
        guard let first = results.comparison?.first, let year = results.comparison?.map(\.year).max() else { return [] }
        let rows = results.comparison!.filter { $0.base == first.base && $0.other == first.other && $0.year == year }
        guard !rows.isEmpty else { return [] }
        let confidence = language.number(Self.confidence)
        var lines: [ReportDocument.Definition] = []
        if let crossing = crossings(rows) {
            let list = { (units: [String]) in units.isEmpty ? "0" : "\(units.count) (\(units.joined(separator: ", ")))" }
            let text = language == .sv
                ? "\(year): \(list(crossing.up)) kommer över för något mål, \(list(crossing.down)) hamnar under."
                : "\(year): \(list(crossing.up)) rise over it for some target, \(list(crossing.down)) fall below."
            lines.append(.init(term: t(.changeUnits).replacingOccurrences(of: "%@", with: confidence), text: text, details: []))
        }
        let ratios: Set<IndicatorID> = [.newbornsPerNurse, .newbornsPerDoctor]
        let regionCoverage = rows.filter { row in
            row.unit == RegionUnit.id
                && IndicatorID(rawValue: row.indicator).map { $0.targetKind == .atLeast && !ratios.contains($0) } == true
        }
        let coverage = IndicatorID.sorted(regionCoverage.map(\.indicator)).compactMap { name in regionCoverage.first { $0.indicator == name } }
        if !coverage.isEmpty {
            lines.append(.init(term: t(.changeCoverage), text: "\(year): " + coverage.map(change).joined(separator: "; "), details: []))
        }
        let fteRows = rows.filter { $0.indicator == "nurse_fte_available" }
        if let fte = fteRows.first(where: { $0.unit == RegionUnit.id }) {
            lines.append(.init(term: t(.changeFTE), text: "\(year): " + change(fte), details: []))
        }
        guard !lines.isEmpty else { return [] }
        return [.subheading("\(t(.scenarioChanges)): \(first.other) – \(first.base)"), .definitions(lines)]
    }

    /// `First home visit 0.93 → 0.95 (+0.016)`.
    private func change(_ row: ComparisonRow) -> String {
        let sign = row.diffMean > 0 ? "+" : ""
        return "\(language.indicatorName(row.indicator)) \(language.number(row.baseMean)) → \(language.number(row.otherMean)) "
            + "(\(sign)\(language.number(row.diffMean)))"
    }

    /// The units with some target whose probability crosses the confidence upwards, and downwards;
    /// nil when results.csv is of neither compared scenario, so the probabilities are unknown.
    private func crossings(_ rows: [ComparisonRow]) -> (up: [String], down: [String])? {
        guard let first = rows.first, [first.base, first.other].contains(run.scenario) else { return nil }
        var up: [String] = [], down: [String] = []
        for unit in unitIDs {
            var rises = false, falls = false
            for row in rows where row.unit == unit {
                guard let delta = row.deltaPMeet,
                      let p = results.results.first(where: { $0.unit == unit && $0.indicator == row.indicator && $0.year == row.year })?.pMeet
                else { continue }
                let (base, other) = run.scenario == row.base ? (p, p + delta) : (p - delta, p)
                if base < Self.confidence, other >= Self.confidence { rises = true }
                if base >= Self.confidence, other < Self.confidence { falls = true }
            }
            if rises { up.append(unit) }
            if falls { down.append(unit) }
        }
        return (up, down)
    }
}
