import Foundation

/// The births' trend and extra-Poisson variation, fitted once for the region from the newborns
/// registered per unit and year.
///
/// **Trend**: Poisson regression with one level per unit and a slope shared by all units,
/// log E[n(u, y)] = α(u) + β·(y − ȳ), fitted by maximum likelihood (Newton's method on β, each
/// α(u) at its closed-form maximum). β's standard error comes from the Fisher information with the
/// unit levels profiled out, scaled by the Pearson dispersion (quasi-Poisson), so that extra
/// variation widens it; the yearly trend exp(β) − 1 gets its standard error by the delta method.
///
/// **Dispersion**: for a gamma–Poisson count Var n = μ + CV²·μ², so each unit-year's
/// ((n − μ)² · N/(N − p) − μ)/μ² estimates CV² (N unit-years, p = units + 1 parameters fitted).
/// They are pooled with weights μ² (method of moments), and the standard error of the pooled
/// value is the weighted spread of the terms; CV's by the delta method. A pooled value at or below
/// zero means no variation beyond Poisson (CV 0).
public struct BirthTrendFit: Sendable, Equatable {
    /// Relative change of expected births per year, and its standard error.
    public var trendPerYear: Double
    public var trendStandardError: Double
    /// The coefficient of variation of a unit's annual birth rate, and its standard error.
    public var rateCV: Double
    public var rateCVStandardError: Double
    /// Unit-years and units fitted.
    public var observations: Int
    public var units: Int
    /// The years fitted.
    public var years: ClosedRange<Int>
    /// Log of each unit's expected newborns at `centre`.
    public var levels: [String: Double]
    /// Log-slope β and its standard error.
    public var slope: Double
    public var slopeStandardError: Double
    /// The mean year of the unit-years fitted, where the levels are.
    public var centre: Double
    /// Years of data per unit.
    public var yearsPerUnit: [String: Int]

    /// The fit to `newborns` (unit, year, count); nil without two years of data for some unit
    /// (the slope needs them) or with no newborns at all.
    public init?(newborns: [(unit: String, year: Int, count: Int)]) {
        let byUnit = Dictionary(grouping: newborns, by: \.unit).filter { $0.value.contains { $0.count > 0 } }
        let used = byUnit.values.flatMap { $0 }
        guard !used.isEmpty, byUnit.values.contains(where: { Set($0.map(\.year)).count >= 2 }) else { return nil }
        let centre = Double(used.reduce(0) { $0 + $1.year }) / Double(used.count)
        let units = byUnit.keys.sorted()

        func unitLevels(_ beta: Double) -> [String: Double] {
            var result: [String: Double] = [:]
            for unit in units {
                let rows = byUnit[unit]!
                let total = Double(rows.reduce(0) { $0 + $1.count })
                let exposure = rows.reduce(0.0) { $0 + exp(beta * (Double($1.year) - centre)) }
                result[unit] = log(total / exposure)
            }
            return result
        }
        // Score and profiled information for β: Σ_u [Σ μx² − (Σ μx)²/Σ μ].
        func scoreAndInformation(_ beta: Double) -> (Double, Double) {
            let alpha = unitLevels(beta)
            var score = 0.0, information = 0.0
            for unit in units {
                var sumMu = 0.0, sumMuX = 0.0, sumMuXX = 0.0
                for row in byUnit[unit]! {
                    let x = Double(row.year) - centre
                    let mu = exp(alpha[unit]! + beta * x)
                    score += (Double(row.count) - mu) * x
                    sumMu += mu; sumMuX += mu * x; sumMuXX += mu * x * x
                }
                information += sumMuXX - sumMuX * sumMuX / sumMu
            }
            return (score, information)
        }
        var beta = 0.0
        for _ in 0..<50 {
            let (score, information) = scoreAndInformation(beta)
            guard information > 0 else { return nil }
            let step = score / information
            beta += step
            if abs(step) < 1e-12 { break }
        }
        let alpha = unitLevels(beta)
        let information = scoreAndInformation(beta).1
        let parameters = units.count + 1
        let freedom = max(1, used.count - parameters)
        var pearson = 0.0
        var weighted = 0.0, weights = 0.0
        var terms: [(weight: Double, term: Double)] = []
        for row in used {
            let mu = exp(alpha[row.unit]! + beta * (Double(row.year) - centre))
            let residual = Double(row.count) - mu
            pearson += residual * residual / mu
            let term = (residual * residual * Double(used.count) / Double(freedom) - mu) / (mu * mu)
            terms.append((mu * mu, term))
            weighted += mu * mu * term
            weights += mu * mu
        }
        let dispersion = max(1, pearson / Double(freedom))
        let cvSquared = weighted / weights
        let cvSquaredError = terms.reduce(0.0) { $0 + $1.weight * $1.weight * ($1.term - cvSquared) * ($1.term - cvSquared) }.squareRoot() / weights
        slope = beta
        slopeStandardError = (dispersion / information).squareRoot()
        trendPerYear = exp(beta) - 1
        trendStandardError = exp(beta) * slopeStandardError
        rateCV = max(0, cvSquared).squareRoot()
        rateCVStandardError = rateCV > 0 ? cvSquaredError / (2 * rateCV) : cvSquaredError.squareRoot()
        observations = used.count
        self.units = units.count
        years = used.map(\.year).min()!...used.map(\.year).max()!
        levels = alpha
        self.centre = centre
        yearsPerUnit = byUnit.mapValues { $0.count }
    }

    /// A unit's expected newborns in `year`, or nil for a unit not fitted.
    public func expected(unit: String, year: Int) -> Double? {
        levels[unit].map { exp($0 + slope * (Double(year) - centre)) }
    }

    /// The CV of a unit's birth rate in `year` as a projection from this fit should see it: the
    /// rate's own variation plus the uncertainty of the fitted level (its relative variance is
    /// about (1/μ + CV²)/k with k years of data) and of the slope carried to `year`.
    public func projectionCV(unit: String, year: Int) -> Double? {
        guard let mean = expected(unit: unit, year: year), mean > 0, let years = yearsPerUnit[unit] else { return nil }
        let variance = rateCV * rateCV
        let x = Double(year) - centre
        return (variance + (1 / mean + variance) / Double(years) + x * x * slopeStandardError * slopeStandardError).squareRoot()
    }
}
