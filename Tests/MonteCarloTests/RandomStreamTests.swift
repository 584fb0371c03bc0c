import CGSL
import Foundation
import Testing
@testable import MonteCarlo

@Suite struct RandomStreamTests {
    @Test func sameKeyGivesSameNumbers() {
        let key = StreamKey(seed: 42, trial: 7, subject: stableHash("unit:A"), component: 1)
        let owners = (RandomStream(key: key), RandomStream(key: key))
        defer { withExtendedLifetime(owners) {} }
        let (a, b) = (owners.0.generator, owners.1.generator)
        let first = (0..<100).map { _ in a.bits() }
        #expect(first == (0..<100).map { _ in b.bits() })
        a.reset(to: key)
        #expect(first == (0..<100).map { _ in a.bits() })
    }

    @Test func differentKeysGiveDifferentNumbers() {
        let base = StreamKey(seed: 42, trial: 7, subject: 1, component: 1)
        var keys = [base]
        keys.append(StreamKey(seed: 43, trial: 7, subject: 1, component: 1))
        keys.append(StreamKey(seed: 42, trial: 8, subject: 1, component: 1))
        keys.append(StreamKey(seed: 42, trial: 7, subject: 2, component: 1))
        keys.append(StreamKey(seed: 42, trial: 7, subject: 1, component: 2))
        let sequences = keys.map { key in
            let owner = RandomStream(key: key)
            defer { withExtendedLifetime(owner) {} }
            let stream = owner.generator
            return (0..<8).map { _ in stream.bits() }
        }
        #expect(Set(sequences.map { $0.description }).count == keys.count)
    }

    /// The shim writes taus2's state directly; check its layout assumption against GSL's own
    /// seeding, which derives the three words from one seed with an LCG.
    @Test func shimStateMatchesGSLSeeding() throws {
        let seed: UInt = 123_456
        func lcg(_ n: UInt) -> UInt { (69069 &* n) & 0xFFFF_FFFF }
        var s1 = lcg(seed); if s1 < 2 { s1 += 2 }
        var s2 = lcg(s1); if s2 < 8 { s2 += 8 }
        var s3 = lcg(s2); if s3 < 16 { s3 += 16 }
        let reference = try #require(gsl_rng_alloc(cgsl_rng_taus2()))
        let shimmed = try #require(gsl_rng_alloc(cgsl_rng_taus2()))
        defer { gsl_rng_free(reference); gsl_rng_free(shimmed) }
        gsl_rng_set(reference, seed)
        cgsl_taus2_set_state(shimmed, UInt32(s1), UInt32(s2), UInt32(s3))
        for _ in 0..<1000 { #expect(gsl_rng_get(reference) == gsl_rng_get(shimmed)) }
    }

    @Test(arguments: [1.3, 15.0, 240.0])
    func poissonHasItsMeanAndVariance(mean: Double) {
        let owner = RandomStream(key: StreamKey(seed: 1, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let n = 200_000
        let draws = (0..<n).map { _ in Double(stream.poisson(mean: mean)) }
        let (sampleMean, sampleVariance) = moments(draws)
        // Within 4 standard errors of the mean and of the variance (Poisson: 2λ² + λ fourth central moment).
        #expect(abs(sampleMean - mean) < 4 * (mean / Double(n)).squareRoot())
        #expect(abs(sampleVariance - mean) < 4 * ((2 * mean * mean + mean) / Double(n)).squareRoot())
    }

    @Test func gammaHasItsMeanAndCoefficientOfVariation() {
        let owner = RandomStream(key: StreamKey(seed: 2, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let n = 200_000
        let draws = (0..<n).map { _ in stream.gamma(mean: 0.065, coefficientOfVariation: 1.0) }
        let (sampleMean, sampleVariance) = moments(draws)
        #expect(abs(sampleMean - 0.065) < 4 * 0.065 / Double(n).squareRoot())
        #expect(abs(sampleVariance.squareRoot() / sampleMean - 1.0) < 0.02)
        #expect(stream.gamma(mean: 0.065, coefficientOfVariation: 0) == 0.065)
    }

    /// The general gamma path (CV 1 takes the exponential shortcut above): shape k = 1/CV²,
    /// scale mean/k, so variance (CV·mean)². Within 4 standard errors of the mean (CV·mean/√n)
    /// and of the variance: a gamma's excess kurtosis is 6/k = 6 CV², so the sample variance
    /// has standard error σ² √((2 + 6 CV²)/n).
    @Test(arguments: [0.05, 0.5])
    func gammaHasItsMeanAndVarianceAwayFromTheExponential(cv: Double) {
        let owner = RandomStream(key: StreamKey(seed: 5, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let n = 200_000
        let mean = 3.0
        let draws = (0..<n).map { _ in stream.gamma(mean: mean, coefficientOfVariation: cv) }
        let (sampleMean, sampleVariance) = moments(draws)
        let variance = (cv * mean) * (cv * mean)
        #expect(abs(sampleMean - mean) < 4 * cv * mean / Double(n).squareRoot(), "mean \(sampleMean)")
        #expect(abs(sampleVariance - variance) < 4 * variance * ((2 + 6 * cv * cv) / Double(n)).squareRoot(),
                "variance \(sampleVariance) vs \(variance)")
        #expect(draws.min()! > 0)
    }

    /// Waiting times of a monthly event: mean 1/p, and never before the first month.
    @Test func geometricWaitingTimeHasMeanOneOverP() {
        let owner = RandomStream(key: StreamKey(seed: 4, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        let p = 1 - pow(0.9, 1.0 / 12)
        let n = 100_000
        let draws = (0..<n).map { _ in Double(stream.geometric(p)) }
        let (mean, _) = moments(draws)
        #expect(abs(mean - 1 / p) < 4 * ((1 - p) / (p * p) / Double(n)).squareRoot())
        #expect(draws.min()! >= 1)
        #expect(stream.geometric(0) == Int.max && stream.geometric(1) == 1)
    }

    @Test func binomialEdgesAreExact() {
        let owner = RandomStream(key: StreamKey(seed: 3, trial: 0, subject: 0, component: 0))
        defer { withExtendedLifetime(owner) {} }
        let stream = owner.generator
        #expect(stream.binomial(trials: 0, probability: 0.5) == 0)
        #expect(stream.binomial(trials: 17, probability: 0) == 0)
        #expect(stream.binomial(trials: 17, probability: 1) == 17)
        #expect(stream.poisson(mean: 0) == 0)
        let n = 100_000
        let draws = (0..<n).map { _ in Double(stream.binomial(trials: 21, probability: 0.06)) }
        let (sampleMean, _) = moments(draws)
        #expect(abs(sampleMean - 21 * 0.06) < 4 * (21 * 0.06 * 0.94 / Double(n)).squareRoot())
    }
}

/// Sample mean and variance (n − 1).
func moments(_ values: [Double]) -> (Double, Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    return (mean, variance)
}
