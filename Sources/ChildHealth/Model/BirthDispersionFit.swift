/// How much a region's annual births vary beyond Poisson chance, fitted once for the region from
/// every unit's history, so that a unit with history is never modelled as more certain than the
/// region's records show.
///
/// Each unit with at least three years of history is taken about its own straight-line trend
/// (least squares), so a unit that grew or shrank does not pass its trend off as variation. Its
/// residual variance s² (n − 2 degrees of freedom) exceeds its mean count μ by the variance of
/// the rate: for a gamma–Poisson count s² ≈ μ + CV²·μ², so (s² − μ)/μ² estimates CV². The units'
/// estimates are pooled, weighted by their degrees of freedom (method of moments), and the
/// square root taken; a pooled estimate at or below zero means the history shows no variation
/// beyond Poisson (CV 0). The CV is capped at 0.5, as the gamma rate would otherwise often be
/// near zero.
public struct BirthDispersionFit: Sendable, Equatable {
    /// The fitted coefficient of variation of a unit's annual birth rate.
    public var rateCV: Double
    /// Units whose history was pooled (those with at least three years).
    public var units: Int
    /// Degrees of freedom pooled: the units' years less two each.
    public var degreesOfFreedom: Int
    /// The first and last history year pooled.
    public var years: ClosedRange<Int>

    /// Most CV the fit reports.
    static let cap = 0.5

    /// The fit over `histories` (year → newborns, one per unit); nil when no unit has three years.
    init?(histories: [[Int: Int]]) {
        var weighted = 0.0
        var freedom = 0
        var pooled = 0
        var first = Int.max, last = Int.min
        for history in histories where history.count >= 3 {
            let years = history.keys.sorted()
            let x = years.map(Double.init)
            let y = years.map { Double(history[$0]!) }
            let n = Double(years.count)
            let meanX = x.reduce(0, +) / n
            let meanY = y.reduce(0, +) / n
            guard meanY > 0 else { continue }
            let sxx = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
            let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
            let slope = sxx > 0 ? sxy / sxx : 0
            let residual = zip(x, y).reduce(0) { sum, point in
                let r = point.1 - meanY - slope * (point.0 - meanX)
                return sum + r * r
            }
            let unitFreedom = years.count - 2
            let variance = residual / Double(unitFreedom)
            weighted += Double(unitFreedom) * (variance - meanY) / (meanY * meanY)
            freedom += unitFreedom
            pooled += 1
            first = min(first, years[0])
            last = max(last, years[years.count - 1])
        }
        guard freedom > 0 else { return nil }
        rateCV = min(Self.cap, max(0, weighted / Double(freedom)).squareRoot())
        units = pooled
        degreesOfFreedom = freedom
        years = first...last
    }
}
