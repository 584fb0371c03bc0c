import MonteCarlo

/// Simulates one scenario's trial and reads only some of its cells, for analyses that run many
/// copies of a scenario side by side (sensitivity, miss attribution). Where only unit cells are
/// watched, only those units are simulated (each from the region's plan, so interventions that
/// span units still apply); a region cell needs the whole region. The values are those a run
/// of the scenario writes for the same trial.
final class WatchedTrial {
    /// Where each watched value comes from.
    private enum Source {
        case unit(plan: Int, yearIndex: Int, reading: IndicatorReading)
        case region(cell: Int)
    }

    private let sources: [Source]
    /// The units to simulate, in plan order, each the worker's own copy of its plan, with the
    /// watched positions it fills.
    private let units: [(own: WorkerUnitPlan, watched: [Int])]
    private let unit: UnitTrialSimulator
    private let region: RegionTrialSimulator?
    private var regionRow: [Double]

    /// The watched cells' targets in `plan`'s layout; nil entries where a cell has none.
    /// Every key must be a cell of the plan's layout.
    static func thresholds(plan: RegionPlan, keys: [CellKey]) -> [Threshold?] {
        let layout = CellLayout(plan: plan)
        let cells = Dictionary(layout.cells.map { ($0.key(startYear: plan.scenario.startYear), $0.threshold) }, uniquingKeysWith: { a, _ in a })
        return keys.map { key in
            guard let threshold = cells[key] else { preconditionFailure("\(key) is not a cell of the scenario") }
            return threshold
        }
    }

    /// Follows `keys` (cells of `plan`'s layout) in `plan`.
    init(plan: RegionPlan, keys: [CellKey]) {
        let layout = CellLayout(plan: plan)
        let startYear = plan.scenario.startYear
        let unitIndex = Dictionary(plan.units.enumerated().map { ($1.unit.id, $0) }, uniquingKeysWith: { a, _ in a })
        let cellIndex = Dictionary(layout.cells.enumerated().map { ($1.key(startYear: startYear), $0) }, uniquingKeysWith: { a, _ in a })
        sources = keys.map { key in
            switch (key.place, key.measure) {
            case (.unit(let id), .indicator(let indicator)):
                guard let index = unitIndex[id] else { preconditionFailure("no unit \(id)") }
                return .unit(plan: index, yearIndex: key.year - startYear, reading: IndicatorReading(indicator))
            default:
                guard let index = cellIndex[key] else { preconditionFailure("\(key) is not a cell of the scenario") }
                return .region(cell: index)
            }
        }
        var byUnit: [Int: [Int]] = [:]
        for (position, source) in sources.enumerated() {
            if case .unit(let index, _, _) = source { byUnit[index, default: []].append(position) }
        }
        units = byUnit.keys.sorted().map { (WorkerUnitPlan(copying: plan.units[$0]), byUnit[$0]!) }
        unit = UnitTrialSimulator(scenario: plan.scenario)
        let needsRegion = sources.contains { if case .region = $0 { true } else { false } }
        region = needsRegion ? RegionTrialSimulator(plan: plan, layout: layout) : nil
        regionRow = Array(repeating: .nan, count: needsRegion ? layout.cells.count : 0)
    }

    /// Simulates `trial` and writes the watched values, in the order of the keys, into `values`.
    func simulate(trial: Int, into values: UnsafeMutableBufferPointer<Double>) {
        if let region {
            regionRow.withUnsafeMutableBufferPointer { region.simulate(trial: trial, into: $0) }
            for (position, source) in sources.enumerated() {
                if case .region(let cell) = source { values[position] = regionRow[cell] }
            }
        }
        for (own, watched) in units {
            unit.simulate(own, trial: trial)
            let tallies = unit.tallies
            for position in watched {
                guard case .unit(_, let yearIndex, let reading) = sources[position] else { continue }
                values[position] = reading.value(in: tallies[yearIndex], programmeVisits: own.programmeVisits,
                                                 barnHLR: own.runsBarnHLR)
            }
        }
    }
}
