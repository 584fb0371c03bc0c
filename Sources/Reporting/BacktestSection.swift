import Foundation
import ResultFormat

/// The report's backtest page (`backtest.csv` of `bhvplan backtest --out`): how each year's
/// projection, calibrated on the years before it, did against what was registered. A table of
/// the share inside P5–P95 and the mean absolute error per year and indicator, the histogram of
/// the observations' percentiles as bars against the even spread, and what a calibrated
/// projection looks like.
struct BacktestSection {
    let rows: [BacktestRow]
    let language: ReportLanguage

    func t(_ label: ReportLabel) -> String { language.text(label) }

    func section() -> ReportDocument.Section {
        var blocks: [ReportDocument.Block] = [.paragraph(t(.backtestIntro))]
        let everything = rows.first { $0.year == nil && $0.indicator == BacktestRow.all }
        if let everything {
            let inside = Int((everything.inside * Double(everything.observations)).rounded())
            blocks.append(.paragraph(t(.backtestOverall).replacingOccurrences(of: "%1", with: String(inside))
                .replacingOccurrences(of: "%2", with: String(everything.observations))
                .replacingOccurrences(of: "%3", with: language.number((everything.inside * 100).rounded()))
                + " " + t(.backtestCalibrated)))
        } else {
            blocks.append(.paragraph(t(.backtestCalibrated)))
        }
        if let everything { blocks.append(.barChart(histogram(everything))) }
        blocks.append(.table(table()))
        return .init(title: t(.backtestSection), blocks: blocks, id: .backtest)
    }

    /// Grouped by year, then all years: each indicator's row and the row over all indicators,
    /// whose mean absolute error is left out (it would add up values of different units).
    private func table() -> ReportTable {
        let years = rows.compactMap(\.year).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        var tableRows: [ReportTable.Row] = []
        for year in years.map(Optional.some) + [nil] {
            let ofYear = rows.filter { $0.year == year }
            guard !ofYear.isEmpty else { continue }
            tableRows.append(.group(year.map(String.init) ?? t(.allYears)))
            for row in ofYear.filter({ $0.indicator != BacktestRow.all }) + ofYear.filter({ $0.indicator == BacktestRow.all }) {
                let isAll = row.indicator == BacktestRow.all
                tableRows.append(.cells([
                    .text(isAll ? t(.allIndicators) : language.indicatorName(row.indicator)), .number(Double(row.observations)),
                    .number((row.inside * 100).rounded()), isAll ? .empty : .number(Self.shown(row.meanAbsoluteError)),
                ]))
            }
        }
        return ReportTable(
            caption: t(.backtestTable),
            columns: [
                .init(title: t(.indicator), kind: .wrapped(fraction: 0.42)), .init(title: t(.observations), kind: .number),
                .init(title: t(.insideShare), kind: .number), .init(title: t(.meanAbsoluteError), kind: .number),
            ],
            rows: tableRows, legend: t(.meanAbsoluteErrorLegend))
    }

    /// `value` to three significant digits: the error is read, not computed with.
    static func shown(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let scale = pow(10, 2 - floor(log10(abs(value))))
        return (value * scale).rounded() / scale
    }

    /// The ten bins of `row`'s histogram against the even spread, a tenth of its observations each.
    private func histogram(_ row: BacktestRow) -> BarChart {
        let level = Double(row.observations) / Double(max(1, row.histogram.count))
        return BarChart(
            title: t(.backtestHistogram), xTitle: t(.percentile), yTitle: t(.observations),
            bars: row.histogram.enumerated().map { index, count in
                .init(label: "\(index * 10)–\(index * 10 + 10)", count: count)
            },
            level: (level, t(.evenSpread).replacingOccurrences(of: "%@", with: language.number(NumberFormat.rounded(level)))))
    }
}
