import ResultFormat

/// (d′) The trade-off behind the staffing advice: for each unit that some number of persons can
/// staff, the least FTE per number of nurses, its split and probabilities, the advice marked.
extension ReportDocumentBuilder {
    func staffingTradeOffSection() -> ReportDocument.Section? {
        guard let staffing = results.staffing else { return nil }
        let staffed = Set(staffing.filter(\.feasible).map(\.unit))
        let rows: [ReportTable.Row] = staffing.filter { staffed.contains($0.unit) }.map { row in
            .cells([
                .text(unitLabel(row.unit)), .number(Double(row.persons)), row.leastFTE.map { .number($0) } ?? .text("–"),
                .text(row.fractions.map(NumberFormat.string).joined(separator: "; ")), .text(row.pMeetSummary),
                .text(language.text(row.advised ? .yes : .no)),
            ])
        }
        guard !rows.isEmpty else { return nil }
        let table = ReportTable(
            caption: language.text(.tradeOffSection),
            columns: [
                .init(title: language.text(.unitName), kind: .wrapped(fraction: 0.2)),
                .init(title: language.text(.persons), kind: .number), .init(title: language.text(.leastFTE), kind: .number),
                .init(title: language.text(.advisedFractions), kind: .text),
                .init(title: language.text(.pMeetSummary), kind: .wrapped(fraction: 0.3)),
                .init(title: language.text(.advisedMark), kind: .text),
            ],
            rows: rows, legend: nil)
        return .init(title: language.text(.tradeOffSection), blocks: [.paragraph(language.text(.tradeOffIntro)), .table(table)])
    }
}
