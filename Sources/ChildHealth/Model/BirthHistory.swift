import Foundation

/// What a unit's history of annual newborns says about the start year: the expected count
/// and the over-dispersion of the annual rate beyond Poisson.
struct BirthHistoryFit: Equatable {
    var expected: Double
    var rateCV: Double

    /// Projects the mean of the last three years to `startYear` with the scenario's trend, and
    /// takes the variance the history shows beyond a Poisson count (after removing the trend)
    /// as the variance of a gamma-distributed rate: CV² = max(0, s² − μ) / μ².
    init?(history: [Int: Int], startYear: Int, trend: Double) {
        let years = history.keys.sorted()
        guard !years.isEmpty else { return nil }
        let recent = years.suffix(3)
        let recentMean = recent.reduce(0.0) { $0 + Double(history[$1]!) } / Double(recent.count)
        let recentYear = recent.reduce(0.0) { $0 + Double($1) } / Double(recent.count)
        expected = recentMean * pow(1 + trend, Double(startYear) - recentYear)
        guard years.count >= 3 else { rateCV = 0; return }
        // Residuals about the trend line through the history's own mean.
        let meanYear = years.reduce(0.0) { $0 + Double($1) } / Double(years.count)
        let detrended = years.map { Double(history[$0]!) / pow(1 + trend, Double($0) - meanYear) }
        let mu = detrended.reduce(0, +) / Double(detrended.count)
        let variance = detrended.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(detrended.count - 1)
        rateCV = mu > 0 ? min(0.5, (max(0, variance - mu)).squareRoot() / mu) : 0
    }
}
