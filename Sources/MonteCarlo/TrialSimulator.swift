/// A model seen from the runner: something that turns a trial number into one value per
/// output cell. A simulator is created once per worker and reused for many trials, so it may
/// keep preallocated state; its output must depend on the trial number alone.
public protocol TrialSimulator: SendableMetatype {
    /// Simulates trial `trial`, writing one value per output cell (NaN where undefined).
    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>)
}
