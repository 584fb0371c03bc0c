import CGSL

/// Owns one GSL taus2 generator for the lifetime of a worker. The sampling is done through its
/// ``generator``, a plain handle that hot loops can copy freely without reference counting.
public final class RandomStream {
    /// The generator this stream owns; valid as long as the stream is alive.
    public let generator: RandomGenerator

    /// Creates a generator positioned at the start of the stream named by `key`.
    public init(key: StreamKey) {
        cgsl_disable_error_handler()
        guard let raw = gsl_rng_alloc(cgsl_rng_taus2()) else {
            preconditionFailure("GSL could not allocate a random number generator (out of memory)")
        }
        generator = RandomGenerator(raw: raw)
        generator.reset(to: key)
    }

    deinit { gsl_rng_free(generator.raw) }
}

/// A handle to a GSL taus2 generator with the samplers the model needs. It does not own the
/// generator: keep the ``RandomStream`` that made it alive while using it.
///
/// A worker repositions the same generator with ``reset(to:)`` for each (trial, subject,
/// component), so nothing is allocated in the per-trial hot loop. The samplers are inlinable so
/// that the model's loops in other modules call GSL directly, without a call into this module.
public struct RandomGenerator {
    @usableFromInline let raw: UnsafeMutablePointer<gsl_rng>

    /// Repositions the generator at the start of the stream named by `key`.
    @inlinable @inline(__always)
    public func reset(to key: StreamKey) {
        let (a, b, c) = key.stateWords
        cgsl_taus2_set_state(raw, a, b, c)
    }

    /// Uniform on [0, 1).
    @inlinable @inline(__always)
    public func uniform() -> Double { gsl_rng_uniform(raw) }

    /// Raw 32-bit output, as `gsl_rng_get` gives it.
    @inlinable @inline(__always)
    public func bits() -> UInt { gsl_rng_get(raw) }

    /// True with probability `probability`.
    @inlinable @inline(__always)
    public func bernoulli(_ probability: Double) -> Bool {
        probability > 0 && gsl_rng_uniform(raw) < probability
    }

    /// Poisson count with the given mean; zero for a mean that is not positive.
    @inlinable @inline(__always)
    public func poisson(mean: Double) -> Int {
        mean > 0 ? Int(gsl_ran_poisson(raw, mean)) : 0
    }

    /// Number of independent trials up to and including the first success (1, 2, …), as many
    /// as `Int.max` when success is impossible: the waiting time of a monthly event.
    @inlinable @inline(__always)
    public func geometric(_ probability: Double) -> Int {
        if probability <= 0 { return Int.max }
        if probability >= 1 { return 1 }
        return Int(gsl_ran_geometric(raw, probability))
    }

    /// Binomial count of successes in `trials` independent trials.
    @inlinable @inline(__always)
    public func binomial(trials: Int, probability: Double) -> Int {
        if trials <= 0 || probability <= 0 { return 0 }
        if probability >= 1 { return trials }
        return Int(gsl_ran_binomial(raw, probability, UInt32(clamping: trials)))
    }

    /// `binomial(trials:probability:)` for a probability known to lie strictly between 0 and 1
    /// (checked once by the caller, outside its loop): the same draws, two tests fewer a draw.
    @inlinable @inline(__always)
    public func binomial(trials: Int, interiorProbability probability: Double) -> Int {
        trials <= 0 ? 0 : Int(gsl_ran_binomial(raw, probability, UInt32(clamping: trials)))
    }

    /// Gamma variate with the given shape and scale (mean shape × scale).
    @inlinable @inline(__always)
    public func gamma(shape: Double, scale: Double) -> Double {
        gsl_ran_gamma(raw, shape, scale)
    }

    /// Gamma variate with the given mean and coefficient of variation; exactly the mean when
    /// the coefficient of variation is zero (see ``GammaDistribution``, for repeated draws).
    @inlinable @inline(__always)
    public func gamma(mean: Double, coefficientOfVariation cv: Double) -> Double {
        GammaDistribution(mean: mean, coefficientOfVariation: cv).draw(from: self)
    }
}
