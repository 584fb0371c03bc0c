/// Names one independent random stream: a scenario seed, a trial, and the model's own key for
/// what the stream drives (a unit, a person, a stochastic component).
///
/// Each trial's streams are derived from the key alone, never from how many numbers another
/// stream consumed, so results do not depend on the number of worker threads, and changing one
/// unit or component of a scenario does not reshuffle the random numbers any other one sees.
/// This is what makes scenario comparisons run on common random numbers.
public struct StreamKey: Hashable, Sendable {
    public var seed: UInt64
    public var trial: UInt64
    public var subject: UInt64
    public var component: UInt64

    /// The key of one stream: the seed, the trial, and the model's subject and component.
    @inlinable
    public init(seed: UInt64, trial: Int, subject: UInt64, component: UInt64) {
        self.seed = seed
        self.trial = UInt64(truncatingIfNeeded: trial)
        self.subject = subject
        self.component = component
    }

    /// Three well-mixed 32-bit words, enough to set all 96 bits of a taus2 state.
    @inlinable @inline(__always)
    public var stateWords: (UInt32, UInt32, UInt32) {
        var h = SplitMix64(state: seed)
        h.absorb(trial)
        h.absorb(subject)
        h.absorb(component)
        let first = h.next()
        let second = h.next()
        return (UInt32(truncatingIfNeeded: first), UInt32(truncatingIfNeeded: first >> 32),
                UInt32(truncatingIfNeeded: second))
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a fast, well-tested mixer used to turn structured keys
/// into uncorrelated generator states.
public struct SplitMix64: Sendable {
    /// The state; each output advances it.
    public var state: UInt64

    /// A generator starting from `state`.
    @inlinable
    public init(state: UInt64) { self.state = state }

    /// The next 64 bits of the sequence.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Folds a value into the state so that different sequences of values give unrelated states.
    @inlinable @inline(__always)
    public mutating func absorb(_ value: UInt64) {
        state = next() ^ value
    }
}

/// A stable 64-bit name for a string (FNV-1a), for keying streams by unit or person id rather
/// than by position, so that inserting a unit does not shift the streams of the others.
public func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    return hash
}
