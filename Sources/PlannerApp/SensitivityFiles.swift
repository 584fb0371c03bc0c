import ChildHealth
import Foundation
import ResultFormat

/// The files `bhvplan sensitivity --out DIR` writes as one set: `sensitivity.csv`/`.json` (the
/// tornado: a row per assumption, largest change first) and `attribution.csv`/`.json` (a row per
/// unit and target missed more often than the confidence allows).
public enum SensitivityFiles {
    /// Writes the four files into `folder` as one set.
    static func write(_ tornado: [SensitivityRow], _ attribution: [AttributionRow], to folder: URL,
                      csvDialect: CSVDialect = .tidy) throws {
        let style = ResultFileStyle(csvDialect: csvDialect)
        try ResultSetWriter.write(
            try style.tableFiles(tornado, csv: ResultFiles.sensitivity, json: ResultFiles.sensitivityJSON)
                + style.tableFiles(attribution, csv: ResultFiles.attribution, json: ResultFiles.attributionJSON),
            as: .sensitivity, into: folder)
    }

    /// A row per assumption, in the tornado's order (largest change first).
    static func rows(_ result: SensitivityResult) -> [SensitivityRow] {
        zip(result.keys, result.swings).flatMap { key, swings in
            swings.map { swing in
                SensitivityRow(
                    scenario: result.scenario.name, unit: key.unitID, year: key.year, indicator: key.indicatorID,
                    assumption: swing.assumption, rangeOrigin: swing.range.originText,
                    value: swing.value, low: swing.range.low, high: swing.range.high,
                    baseMean: swing.base.mean, lowMean: swing.low.mean, highMean: swing.high.mean,
                    basePMeet: swing.hasTarget ? swing.base.probabilityMet : nil,
                    lowPMeet: swing.hasTarget ? swing.low.probabilityMet : nil,
                    highPMeet: swing.hasTarget ? swing.high.probabilityMet : nil,
                    swing: swing.hasTarget ? swing.pMeetSwing : swing.meanSwing)
            }
        }
    }

    /// A row per cell whose target is met with a probability below `confidence` (and missed in
    /// some trial), in the order of the cells.
    static func rows(_ result: MissAttribution.Result, confidence: Double) -> [AttributionRow] {
        result.cells.compactMap { cell in
            guard cell.base.count > 0, cell.missedTrials > 0, cell.base.probabilityMet < confidence else { return nil }
            func share(_ driver: MissDriver) -> Double? {
                result.drivers.firstIndex(of: driver).map { cell.explained[$0] }
            }
            return AttributionRow(
                scenario: result.scenario.name, unit: cell.key.unitID, year: cell.key.year, indicator: cell.key.indicatorID,
                target: cell.threshold.bound, pMeet: cell.base.probabilityMet, missedTrials: cell.missedTrials,
                trials: cell.base.count, births: share(.births), vacancies: share(.vacancies), sickLeave: share(.sickLeave),
                vacationPeak: share(.vacationPeak), longLeave: share(.longLeave), unexplained: cell.unexplained)
        }
    }
}
