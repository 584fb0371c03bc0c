import ResultFormat

/// The observations of a result set (`observed.csv`) matched to the projection by unit, year and
/// indicator: each one found with its projected row and percentile, the others grouped by unit
/// and year with the reason they could not be compared, so none is dropped unsaid.
struct ObservedBesideProjected {
    /// An observation with its projection.
    struct Compared {
        var observed: ObservedRow
        var projected: ResultRow
        var percentile: ProjectedPercentile
    }

    /// The observations of one unit and year that have no projection, and why.
    struct NotCompared {
        var unit: String
        var year: Int
        var indicators: [String]
        var reason: Reason
    }

    enum Reason: Equatable {
        /// The projection has no such unit.
        case unitNotProjected
        /// The year is outside the projected years.
        case yearNotProjected(first: Int, last: Int)
        /// The unit and year are projected, but not these indicators (e.g. the extended
        /// programme at a unit the scenario gives none).
        case indicatorNotProjected
    }

    var compared: [Compared]
    var notCompared: [NotCompared]

    init(observed: [ObservedRow], results: ResultSet) {
        var projected: [String: ResultRow] = [:]
        for row in results.results { projected["\(row.unit) \(row.year) \(row.indicator)"] = row }
        var fans: [String: FanRow] = [:]
        for row in results.fans { fans["\(row.unit) \(row.year) \(row.indicator)"] = row }
        let units = Set(results.results.map(\.unit))
        let years = results.results.map(\.year)
        var compared: [Compared] = []
        var missing: [(row: ObservedRow, reason: Reason)] = []
        for row in observed {
            let key = "\(row.unit) \(row.year) \(row.indicator)"
            if let match = projected[key] {
                compared.append(.init(observed: row, projected: match,
                                      percentile: ProjectedPercentile(of: row.value, projected: match, fan: fans[key])))
            } else if !units.contains(row.unit) {
                missing.append((row, .unitNotProjected))
            } else if let first = years.min(), let last = years.max(), !(first...last).contains(row.year) {
                missing.append((row, .yearNotProjected(first: first, last: last)))
            } else {
                missing.append((row, .indicatorNotProjected))
            }
        }
        self.compared = compared
        var groups: [NotCompared] = []
        for (row, reason) in missing {
            if let index = groups.firstIndex(where: { $0.unit == row.unit && $0.year == row.year && $0.reason == reason }) {
                groups[index].indicators.append(row.indicator)
            } else {
                groups.append(.init(unit: row.unit, year: row.year, indicators: [row.indicator], reason: reason))
            }
        }
        notCompared = groups
    }
}
