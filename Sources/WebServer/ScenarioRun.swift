import ChildHealth
import Foundation
import PlannerApp
import ResultFormat

/// One scenario of the folder, loaded and run once: the scenario as run (the server's trials), its
/// result set in memory for the pages, and the same set written as `bhvplan run --out` writes it
/// (results.csv, results.json, fan.csv, run.json, results.xlsx) for the downloads.
struct ScenarioRun: Sendable {
    let name: String
    /// The scenario's file in the folder.
    let file: URL
    let scenario: Scenario
    let results: ResultSet
    /// The folder of the written result set, in the server's own temporary folder.
    let folder: URL

    /// The rows of `unit`, every year and indicator.
    func rows(unit: String) -> [ResultRow] { results.results.filter { $0.unit == unit } }
}
