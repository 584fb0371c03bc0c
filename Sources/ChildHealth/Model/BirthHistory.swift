import Foundation

/// What a unit's history of annual newborns says about the start year: the expected count. (How
/// much births vary is fitted for the whole region: ``BirthDispersionFit``.)
struct BirthHistoryFit: Equatable {
    var expected: Double

    /// Projects the mean of the last three years to `startYear` with the scenario's trend.
    init?(history: [Int: Int], startYear: Int, trend: Double) {
        let years = history.keys.sorted()
        guard !years.isEmpty else { return nil }
        let recent = years.suffix(3)
        let recentMean = recent.reduce(0.0) { $0 + Double(history[$1]!) } / Double(recent.count)
        let recentYear = recent.reduce(0.0) { $0 + Double($1) } / Double(recent.count)
        expected = recentMean * pow(1 + trend, Double(startYear) - recentYear)
    }
}
