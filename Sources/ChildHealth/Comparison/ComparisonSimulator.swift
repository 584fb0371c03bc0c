import MonteCarlo

/// Runs every compared scenario through the same trial with the same seed, so each sees the
/// same births, moves, absences and departures for the same unit and person (common random
/// numbers), and writes the values, paired differences and better-or-not flags of
/// ``ComparisonLayout``.
struct ComparisonSimulator: TrialSimulator {
    private let layout: ComparisonLayout
    private let simulators: [RegionTrialSimulator]
    /// Each scenario's own row of cells for the trial being simulated.
    private var rows: [[Double]]

    init(layout: ComparisonLayout) {
        self.layout = layout
        simulators = zip(layout.plans, layout.layouts).map { RegionTrialSimulator(plan: $0, layout: $1) }
        rows = layout.layouts.map { Array(repeating: 0, count: $0.cells.count) }
    }

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        for scenario in simulators.indices {
            rows[scenario].withUnsafeMutableBufferPointer { simulators[scenario].simulate(trial: trial, into: $0) }
        }
        let length = layout.blockLength
        let base = rows[0]
        for cell in 0..<length { cells[cell] = base[cell] }
        for other in 1..<rows.count {
            let first = layout.otherBase(other)
            let sources = layout.sourceCells[other]
            for cell in 0..<length {
                let value = rows[other][sources[cell]]
                cells[first + cell] = value
                cells[first + length + cell] = value - base[cell]
                cells[first + 2 * length + cell] = layout.directions[cell]?.better(base: base[cell], other: value) ?? .nan
            }
        }
    }
}
