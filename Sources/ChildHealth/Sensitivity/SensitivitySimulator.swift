import MonteCarlo

/// The runner's view of a sensitivity analysis: each trial writes the watched cells of the base
/// and of every variant, variant by variant.
struct SensitivitySimulator: TrialSimulator {
    private let trials: VariantTrials

    init(plans: [RegionPlan], keys: [CellKey]) {
        trials = VariantTrials(plans: plans, keys: keys)
    }

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        trials.simulate(trial: trial)
        for index in trials.values.indices { cells[index] = trials.values[index] }
    }
}
