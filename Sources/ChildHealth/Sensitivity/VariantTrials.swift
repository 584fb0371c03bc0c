/// The watched cells of several copies of one scenario (its variants) in the same trial. Every
/// copy keeps the scenario's seed, units and persons, so each sees the same births, moves,
/// absences and departures as far as its changed values leave them (common random numbers):
/// a difference between the copies reflects the values changed, not luck.
final class VariantTrials {
    private let variants: [WatchedTrial]
    /// Watched cells per variant.
    let keyCount: Int
    /// The last trial's values, variant by variant, each in the order of the keys.
    private(set) var values: [Double]

    /// Follows `keys` in every plan of `plans` (the first is the base).
    init(plans: [RegionPlan], keys: [CellKey]) {
        variants = plans.map { WatchedTrial(plan: $0, keys: keys) }
        keyCount = keys.count
        values = Array(repeating: .nan, count: plans.count * keys.count)
    }

    /// Simulates `trial` in every variant.
    func simulate(trial: Int) {
        let count = keyCount
        values.withUnsafeMutableBufferPointer { buffer in
            for (index, variant) in variants.enumerated() {
                variant.simulate(trial: trial, into: UnsafeMutableBufferPointer(rebasing: buffer[(index * count)..<((index + 1) * count)]))
            }
        }
    }

    /// Variant `variant`'s value of the watched cell at `key` in the last trial.
    @inline(__always)
    func value(variant: Int, key: Int) -> Double { values[variant * keyCount + key] }
}
