import CGSL

/// A gamma distribution given by its mean and coefficient of variation, its shape and scale
/// worked out once: a loop that draws from the same distribution again and again (a nurse's
/// sick leave, month by month) then pays no division per draw. Exactly the mean when the
/// coefficient of variation is zero; shape 1 is the exponential distribution, which one uniform
/// and a logarithm give.
public struct GammaDistribution: Sendable {
    @usableFromInline enum Form: Sendable {
        case constant(Double)
        case exponential(mean: Double)
        case gamma(shape: Double, scale: Double)
    }

    @usableFromInline let form: Form

    /// The distribution with this mean and coefficient of variation (a mean that is not
    /// positive, or no variation: always the mean, at least 0).
    public init(mean: Double, coefficientOfVariation cv: Double) {
        if cv <= 0 || mean <= 0 {
            form = .constant(max(mean, 0))
        } else if cv == 1 {
            form = .exponential(mean: mean)
        } else {
            let shape = 1 / (cv * cv)
            form = .gamma(shape: shape, scale: mean / shape)
        }
    }

    /// One draw, from `random`.
    @inlinable @inline(__always)
    public func draw(from random: RandomGenerator) -> Double {
        switch form {
        case .gamma(let shape, let scale): gsl_ran_gamma(random.raw, shape, scale)
        case .exponential(let mean): gsl_ran_exponential(random.raw, mean)
        case .constant(let value): value
        }
    }
}
