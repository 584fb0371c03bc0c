import ResultFormat

/// Page 1: the region's key figures against their targets, the units at risk with their
/// staffing advice, and what a compared scenario changes.
extension ReportDocumentBuilder {
    /// The probability of meeting a target below which a unit is at risk: the confidence
    /// `bhvplan size` sizes to by default, as the result files do not state one.
    static let confidence = 0.8

    func summarySection() -> ReportDocument.Section {
        var blocks: [ReportDocument.Block] = []
        if var table = keyFiguresTable() {
            table.compact = true
            blocks += [.paragraph(t(.keyFiguresIntro)), .table(table)]
        }
        blocks += atRiskBlocks()
        blocks += scenarioChangeBlocks()
        return .init(title: t(.summarySection), blocks: blocks)
    }

    /// Region rows of the staffing ratios and of every indicator with a target, with how many
    /// units meet it (the `units_meeting_…` rows), in the first and the last year.
    private func keyFiguresTable() -> ReportTable? {
        let region = rows(of: RegionUnit.id)
        let unitTargets = results.results.filter { $0.unit != RegionUnit.id && $0.target != nil }
        let ratios: [IndicatorID] = [.newbornsPerNurseFTE, .newbornsPerNurse, .newbornsPerDoctor]
        let indicators = IndicatorID.sorted(Set(region.map(\.indicator)).filter { name in
            guard let id = IndicatorID(rawValue: name) else { return false }
            return ratios.contains(id) || id.targetKind != nil
        })
        guard !indicators.isEmpty else { return nil }
        let shown = firstAndLastYear
        let unitCount = Set(results.results.map(\.unit)).subtracting([RegionUnit.id]).count
        let tableRows: [ReportTable.Row] = indicators.map { indicator in
            let targetRows = region.filter { $0.indicator == indicator && $0.target != nil }
            // Read at a glance: ratios to one decimal, shares to two.
            let decimals = IndicatorID(rawValue: indicator).map(ratios.contains) == true ? 1 : 2
            let round = { (value: Double) in Self.rounded(value, decimals) }
            let targets = (targetRows.isEmpty ? unitTargets.filter { $0.indicator == indicator } : targetRows).compactMap(\.target)
            let kind = IndicatorID(rawValue: indicator)?.targetKind ?? .atLeast
            var cells: [ReportTable.Cell] = [
                .text(language.indicatorName(indicator)),
                .text(targets.isEmpty ? "" : "\(kind.symbol) " + Array(Set(targets.map(round))).sorted().map(language.number).joined(separator: "/")),
            ]
            for year in shown {
                if let row = region.first(where: { $0.indicator == indicator && $0.year == year }) {
                    cells += [.number(round(row.mean)), .range(round(row.p05), round(row.p95))]
                } else {
                    cells += [.empty, .empty]
                }
                let meeting = IndicatorID(rawValue: indicator).flatMap { id in
                    region.first { $0.indicator == id.unitsMeeting && $0.year == year }
                }
                cells.append(meeting.map { .text("\(language.number(Self.rounded($0.mean, 1))) / \(unitCount)") } ?? .empty)
            }
            return .cells(cells)
        }
        let yearColumns: [ReportTable.Column] = shown.flatMap { year in
            [.init(title: "\(t(.mean)) \(year)", kind: .number), .init(title: "\(t(.range)) \(year)", kind: .range),
             .init(title: "\(t(.unitsMeeting)) \(year)", kind: .text)]
        }
        return ReportTable(
            caption: t(.keyFigures),
            columns: [.init(title: t(.indicator), kind: .wrapped(fraction: 0.2)), .init(title: t(.target), kind: .text)] + yearColumns,
            rows: tableRows, legend: nil)
    }

    /// `value` to `decimals` decimals, for the summary's figures.
    static func rounded(_ value: Double, _ decimals: Int) -> Double {
        let scale = (0..<decimals).reduce(1.0) { factor, _ in factor * 10 }
        return (value * scale).rounded() / scale
    }

    /// A probability to two decimals, or three where two would round a miss up to the confidence.
    static func roundedProbability(_ value: Double) -> Double {
        let two = rounded(value, 2)
        return value < confidence && two >= confidence ? rounded(value, 3) : two
    }

    /// A unit's lowest probability of meeting a target over the years, when below the confidence.
    struct Risk {
        var unit: String
        var row: ResultRow
        /// How many other targets the unit misses the confidence for in some year.
        var otherTargets: Int
    }

    /// The units at risk, most at risk first (ties by unit order).
    var risks: [Risk] {
        unitIDs.compactMap { unit in
            let below = rows(of: unit).filter { ($0.pMeet ?? 1) < Self.confidence }
            guard let worst = below.min(by: { ($0.pMeet!, $0.year) < ($1.pMeet!, $1.year) }) else { return nil }
            return Risk(unit: unit, row: worst, otherTargets: Set(below.map(\.indicator)).count - 1)
        }.enumerated().sorted { ($0.element.row.pMeet!, $0.offset) < ($1.element.row.pMeet!, $1.offset) }.map(\.element)
    }

    private func atRiskBlocks() -> [ReportDocument.Block] {
        let confidence = language.number(Self.confidence)
        let risks = risks
        guard !risks.isEmpty else {
            return [.subheading(t(.atRisk)), .paragraph(t(.noUnitsAtRisk).replacingOccurrences(of: "%@", with: confidence))]
        }
        let hasAdvice = results.staffing?.isEmpty == false
        let tableRows: [ReportTable.Row] = risks.map { risk in
            let target = "\(language.indicatorName(risk.row.indicator)) \(targetText(risk.row.indicator, [risk.row]))"
            return .cells([
                .text(run.units.first { $0.id == risk.unit }?.name ?? risk.unit), .text(target), .text(String(risk.row.year)),
                .probability(Self.roundedProbability(risk.row.pMeet!), defined: risk.row.nDefined, trials: run.trials),
                .text(risk.otherTargets > 0 ? "+\(risk.otherTargets)" : ""),
            ] + (hasAdvice ? [.text(adviceText(risk.unit, short: true) ?? "")] : []))
        }
        var table = ReportTable(
            caption: t(.atRisk),
            columns: [
                .init(title: t(.unitName), kind: .text), .init(title: t(.target), kind: .text),
                .init(title: t(.year), kind: .text), .init(title: t(.probability), kind: .number),
                .init(title: t(.otherTargets), kind: .text),
            ] + (hasAdvice ? [.init(title: t(.advice), kind: .wrapped(fraction: 0.27))] : []),
            rows: tableRows, legend: nil)
        table.compact = true
        return [.paragraph(t(.atRiskIntro).replacingOccurrences(of: "%@", with: confidence)), .table(withLegend(table))]
    }

    /// The unit's staffing advice in one line from staffing.csv, or nil where the folder has none;
    /// `short` leaves out the note on why no staffing of the unit alone meets the targets.
    func adviceText(_ unit: String, short: Bool = false) -> String? {
        guard let row = results.staffing?.first(where: { $0.unit == unit && $0.isAdviceRow }) else { return nil }
        let now = language == .sv
            ? "nu \(language.number(row.currentFTE)) i \(row.currentPersons)"
            : "now \(language.number(row.currentFTE)) in \(row.currentPersons)"
        guard row.feasible, let fte = row.advisedFTE, let persons = row.advisedPersons else {
            let head = language == .sv ? "når ej målen ensam (\(now))" : "cannot meet them alone (\(now))"
            return row.note.isEmpty || short ? head : "\(head): \(row.note)"
        }
        return language == .sv
            ? "\(language.number(fte)) tj. i \(persons) pers. (\(now))"
            : "\(language.number(fte)) FTE in \(persons) persons (\(now))"
    }
}
