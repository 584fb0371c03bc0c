import CGSL

/// One GSL taus2 generator with the samplers the model needs.
///
/// A stream is owned by one worker thread and repositioned with ``reset(to:)`` for each
/// (trial, subject, component), so nothing is allocated in the per-trial hot loop.
public final class RandomStream {
    private let generator: UnsafeMutablePointer<gsl_rng>

    /// Creates a generator positioned at the start of the stream named by `key`.
    public init(key: StreamKey) {
        cgsl_disable_error_handler()
        guard let generator = gsl_rng_alloc(cgsl_rng_taus2()) else {
            preconditionFailure("GSL could not allocate a random number generator (out of memory)")
        }
        self.generator = generator
        reset(to: key)
    }

    deinit { gsl_rng_free(generator) }

    /// Repositions the generator at the start of the stream named by `key`.
    @inline(__always)
    public func reset(to key: StreamKey) {
        let (a, b, c) = key.stateWords
        cgsl_taus2_set_state(generator, a, b, c)
    }

    /// Uniform on [0, 1).
    @inline(__always)
    public func uniform() -> Double { gsl_rng_uniform(generator) }

    /// Raw 32-bit output, as `gsl_rng_get` gives it.
    @inline(__always)
    public func raw() -> UInt { gsl_rng_get(generator) }

    /// True with probability `probability`.
    @inline(__always)
    public func bernoulli(_ probability: Double) -> Bool {
        probability > 0 && gsl_rng_uniform(generator) < probability
    }

    /// Poisson count with the given mean; zero for a mean that is not positive.
    @inline(__always)
    public func poisson(mean: Double) -> Int {
        mean > 0 ? Int(gsl_ran_poisson(generator, mean)) : 0
    }

    /// Binomial count of successes in `trials` independent trials.
    @inline(__always)
    public func binomial(trials: Int, probability: Double) -> Int {
        if trials <= 0 || probability <= 0 { return 0 }
        if probability >= 1 { return trials }
        return Int(gsl_ran_binomial(generator, probability, UInt32(clamping: trials)))
    }

    /// Gamma variate with the given shape and scale (mean shape × scale).
    @inline(__always)
    public func gamma(shape: Double, scale: Double) -> Double {
        gsl_ran_gamma(generator, shape, scale)
    }

    /// Gamma variate with the given mean and coefficient of variation; exactly the mean when
    /// the coefficient of variation is zero.
    @inline(__always)
    public func gamma(mean: Double, coefficientOfVariation cv: Double) -> Double {
        if cv <= 0 || mean <= 0 { return max(mean, 0) }
        let shape = 1 / (cv * cv)
        return gsl_ran_gamma(generator, shape, mean / shape)
    }
}
