import ChildHealth
import Foundation
import PlannerApp
import ResultFormat

/// Runs each scenario of the folder once, on first demand, through the ``SimulationGate``, and
/// keeps the run for the pages that follow; two requests for the same scenario share one run. A
/// scenario that cannot be loaded is tried again on the next request (the file may have been
/// fixed meanwhile).
actor ScenarioCache {
    private let settings: ServerSettings
    private let gate: SimulationGate
    /// The result sets written for downloads, removed when the server stops.
    let workFolder: URL
    private var runs: [String: Task<ScenarioRun, any Error>] = [:]

    init(settings: ServerSettings, gate: SimulationGate) {
        self.settings = settings
        self.gate = gate
        workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-serve-\(UUID().uuidString)")
    }

    /// The scenario at `file` as the server runs it: its trials overridden by `--trials` and
    /// capped at the server's cap, every problem of the file in one ``CommandFailure``.
    func load(_ file: URL) throws(CommandFailure) -> Scenario {
        var scenario = try ScenarioRequest(path: file.path, trials: settings.trials, workers: settings.workers).load()
        scenario.trials = min(scenario.trials, settings.trialCap)
        return scenario
    }

    /// The run of scenario `name` at `file`.
    func run(_ name: String, file: URL) async throws -> ScenarioRun {
        if let running = runs[name] { return try await running.value }
        let scenario = try load(file)
        let folder = workFolder.appendingPathComponent(name)
        let settings = self.settings
        let task = Task { [gate] in
            let result = await gate.run { Planner.run(scenario, workers: settings.workers) }
            guard let result else { throw CommandFailure("the run of '\(name)' was stopped", status: 1) }
            try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
            try RunFiles.write(result, to: folder, style: ResultFileStyle(workbook: settings.language))
            return ScenarioRun(name: name, file: file, scenario: scenario, results: try ResultSet(directory: folder), folder: folder)
        }
        runs[name] = task
        do {
            return try await task.value
        } catch {
            runs[name] = nil
            throw error
        }
    }

    /// Removes the written result sets.
    func removeWorkFolder() {
        try? FileManager.default.removeItem(at: workFolder)
    }
}
