import ChildHealth
import MonteCarlo
import ResultFormat

/// The web page's what-if: one unit of a scenario asked again with its staff, newborns or CNI
/// changed (``UnitEdit``), answered while the person waits. Only that unit is simulated, on
/// common random numbers with the scenario (``Comparison/run(base:others:workers:unit:progress:isCancelled:)``),
/// so the what-if's rows are exactly what `bhvplan run` writes for that unit with the same staff
/// and seed, and the differences are those `bhvplan compare` gives.
public enum WhatIfJob {
    /// What a what-if answers: the unit's rows of results.csv as the scenario has it and as
    /// changed, and the comparison rows between the two (other − scenario).
    public struct Answer: Sendable {
        public var scenarioRows: [ResultRow]
        public var whatIfRows: [ResultRow]
        public var differences: [ComparisonRow]
    }

    /// Runs unit `unit` of `scenario` and of `whatIf` (the same scenario with that unit changed) in
    /// the scenario's trials and seed; nil when `isCancelled` stopped it.
    public static func run(scenario: Scenario, whatIf: Scenario, unit: String, workers: Int,
                           isCancelled: (@Sendable () -> Bool)? = nil) -> Answer? {
        let comparison: ScenarioComparison?
        do throws(ComparisonMismatch) {
            comparison = try Comparison.run(base: scenario, others: [whatIf], workers: workers, unit: unit, isCancelled: isCancelled)
        } catch {
            preconditionFailure("a what-if keeps the scenario's units, start year and horizon: \(error)")
        }
        guard let comparison else { return nil }
        let cells = comparison.pairs[0].filter { $0.key.place == .unit(unit) }
        return Answer(
            scenarioRows: cells.filter { $0.base.count > 0 }.map {
                RunFiles.resultRow(scenario: scenario.name, key: $0.key, aggregate: $0.base, threshold: $0.baseTarget)
            },
            whatIfRows: cells.filter { $0.other.count > 0 }.map {
                RunFiles.resultRow(scenario: whatIf.name, key: $0.key, aggregate: $0.other, threshold: $0.otherTarget)
            },
            differences: ComparisonFiles.rows(comparison).filter { $0.unit == unit })
    }
}
