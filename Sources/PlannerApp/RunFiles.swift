import ChildHealth
import Foundation
import MonteCarlo
import Reporting
import ResultFormat

/// The files `bhvplan run --out DIR` writes: the tidy results table as CSV and JSON (the same
/// rows and numbers), the fan-chart quantiles, and the run's metadata and assumptions; with
/// `--format xlsx` also results.xlsx (``ResultWorkbook``). The CSV files are in the style's dialect.
public enum RunFiles {
    /// Writes every file of `result` into `folder` as one set (see `ResultSetWriter`) in `style`.
    public static func write(_ result: RunResult, to folder: URL, style: ResultFileStyle = ResultFileStyle()) throws {
        let rows = resultRows(result)
        let run = metadata(result.scenario)
        let files = try style.tableFiles(rows, csv: ResultFiles.results, json: ResultFiles.resultsJSON, workbook: (
            ResultFiles.resultsWorkbook, { try ResultWorkbook.results(rows, run: run, language: $0).data() })) + [
            (name: ResultFiles.fan, data: Data(FanRow.csv(fanRows(result), dialect: style.csvDialect).utf8)),
            (name: ResultFiles.run, data: Data(run.json.utf8)),
        ]
        try ResultSetWriter.write(files, as: .run, into: folder)
    }

    /// One row per cell defined in some trial; an indicator undefined in every trial (no doctor,
    /// no programme) has no row. Numbers are rounded as the files write them.
    public static func resultRows(_ result: RunResult) -> [ResultRow] {
        definedCells(result).map { resultRow(scenario: result.scenario.name, key: $0.key, aggregate: $0.aggregate, threshold: $0.threshold) }
    }

    /// The row of one cell with its target, rounded as the files write it.
    static func resultRow(scenario: String, key: CellKey, aggregate: CellAggregate, threshold: Threshold?) -> ResultRow {
        ResultRow(
            scenario: scenario, unit: key.unitID, year: key.year, indicator: key.indicatorID,
            mean: NumberFormat.rounded(aggregate.mean), p05: NumberFormat.rounded(aggregate.quantile(0.05)),
            p50: NumberFormat.rounded(aggregate.quantile(0.50)), p95: NumberFormat.rounded(aggregate.quantile(0.95)),
            pMeet: threshold.map { _ in NumberFormat.rounded(aggregate.probabilityMet) },
            target: threshold.map { NumberFormat.rounded($0.bound) }, nDefined: aggregate.count,
            meanSE: finite(aggregate.meanStandardError),
            pMeetSE: threshold.flatMap { _ in finite(aggregate.probabilityMetStandardError) })
    }

    /// The quantiles of the fan-charted indicators (``IndicatorID/fanCharted``).
    public static func fanRows(_ result: RunResult) -> [FanRow] {
        let charted = Set(IndicatorID.fanCharted.map(\.rawValue))
        return definedCells(result).filter { charted.contains($0.key.indicatorID) }.map { cell in
            let quantile = { NumberFormat.rounded(cell.aggregate.quantile($0)) }
            return FanRow(scenario: result.scenario.name, unit: cell.key.unitID, year: cell.key.year,
                          indicator: cell.key.indicatorID, p05: quantile(0.05), p25: quantile(0.25), p50: quantile(0.50),
                          p75: quantile(0.75), p95: quantile(0.95))
        }
    }

    /// `value` rounded as the files write it; nil when it is not a number (a run of one block).
    private static func finite(_ value: Double) -> Double? {
        value.isFinite ? NumberFormat.rounded(value) : nil
    }

    private static func definedCells(_ result: RunResult) -> [RunResult.Cell] {
        result.cells.filter { $0.aggregate.count > 0 }
    }

    /// run.json: the scenario, its units, every assumption in force and the interventions.
    public static func metadata(_ scenario: Scenario) -> RunMetadata {
        RunMetadata(
            scenario: scenario.name, description: scenario.description, startYear: scenario.startYear,
            horizon: scenario.horizon, trials: scenario.trials, seed: scenario.seed,
            units: scenario.units.map {
                .init(id: $0.id, name: $0.name, municipality: $0.municipality, cni: $0.cni,
                      ceiling: scenario.cniPolicy.ceiling(cni: $0.cni))
            },
            assumptions: scenario.assumptions.map { .init(name: $0.name, value: $0.value, source: $0.source) },
            interventions: scenario.interventions.map { intervention in
                .init(kind: intervention.kindName, description: intervention.summary,
                      units: scenario.units.filter(intervention.selector.selects).map(\.id))
            },
            interventionLogic: scenario.interventions.compactMap { intervention in
                intervention.logic.map { logic in
                    func level(_ level: InterventionLogic.Level?) -> RunMetadata.InterventionLogic.Level {
                        level.map { .init(text: $0.text, indicators: $0.indicators, dataSources: $0.dataSources, assumptions: $0.assumptions) }
                            ?? .empty
                    }
                    return .init(intervention: intervention.name, longTermOutcome: level(logic.longTermOutcome),
                                 shortTermOutcome: level(logic.shortTermOutcome), activities: level(logic.activities),
                                 resources: level(logic.resources))
                }
            })
    }
}
