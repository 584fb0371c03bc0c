import MonteCarlo

/// The runner's view of miss attribution. For each watched cell a block of values per trial:
/// the base's value (its target counts the base's misses), then for each driver whether the
/// copy without it met the target in a trial the base missed (1 or 0; NaN where the base did
/// not miss), then whether no copy met it (1 or 0; NaN where the base did not miss). The means
/// of the flags are the shares of the base's missed trials.
struct MissAttributionSimulator: TrialSimulator {
    private let trials: VariantTrials
    private let thresholds: [Threshold]
    private let drivers: Int

    /// Block length per watched cell for `drivers` drivers.
    static func blockLength(drivers: Int) -> Int { drivers + 2 }

    /// `plans`: the base, then one copy per driver; `thresholds`: the watched cells' targets.
    init(plans: [RegionPlan], keys: [CellKey], thresholds: [Threshold]) {
        trials = VariantTrials(plans: plans, keys: keys)
        self.thresholds = thresholds
        drivers = plans.count - 1
    }

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        trials.simulate(trial: trial)
        let length = Self.blockLength(drivers: drivers)
        for (key, threshold) in thresholds.enumerated() {
            let first = key * length
            let base = trials.value(variant: 0, key: key)
            cells[first] = base
            let missed = !base.isNaN && !threshold.isMet(by: base)
            var explained = false
            for driver in 0..<drivers {
                let met = threshold.isMet(by: trials.value(variant: driver + 1, key: key))
                explained = explained || met
                cells[first + 1 + driver] = missed ? (met ? 1 : 0) : .nan
            }
            cells[first + 1 + drivers] = missed ? (explained ? 0 : 1) : .nan
        }
    }
}
