/// What `bhvplan sensitivity` is asked beyond the scenario: where, when and which target the
/// tornado is of, and below which probability a unit's missed targets are attributed.
public struct SensitivityRequest: Sendable {
    /// A unit's id, or nil for the region.
    public var unit: String?
    /// The calendar year; nil for the first projected year.
    public var year: Int?
    public var indicator: Indicator
    /// Targets met with a lower probability than this are attributed to their drivers.
    public var confidence: Double

    /// The default target of the tornado: the one the issue's planners ask about first.
    public static let defaultIndicator = Indicator.firstHomeVisit
    public static let defaultConfidence = 0.8

    public init(unit: String? = nil, year: Int? = nil, indicator: Indicator = defaultIndicator,
                confidence: Double = defaultConfidence) {
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.confidence = confidence
    }

    /// A request that does not fit the scenario, said as the command line prints it.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The calendar year asked for in `scenario`, or what is wrong with it.
    public func year(in scenario: Scenario) throws(Problem) -> Int {
        guard let year else { return scenario.startYear }
        guard scenario.years.contains(year) else {
            throw Problem(description: "--year: \(year) is outside the years of \(scenario.name) (allowed: \(scenario.startYear)–\(scenario.startYear + scenario.horizon - 1))")
        }
        return year
    }

    /// The cell of the tornado in `scenario`: the unit's (or the region's) indicator in the year
    /// (the region lacks some indicators: see ``Sensitivity/hasCell(_:in:)``).
    public func tornadoCell(in scenario: Scenario) throws(Problem) -> CellKey {
        guard confidence.isFinite && confidence > 0 && confidence < 1 else {
            throw Problem(description: "--confidence: \(formatNumber(confidence)) is not a probability (allowed: 0 < x < 1)")
        }
        let year = try year(in: scenario)
        var place = CellKey.Place.region
        if let unit {
            let ids = scenario.units.map(\.id)
            guard ids.contains(unit) else {
                let hint = closestName(to: unit, among: ids).map { " (did you mean \($0)?)" } ?? ""
                throw Problem(description: "--unit: '\(unit)' is not a unit of \(scenario.name)\(hint); allowed: REGION or \(ids.joined(separator: ", "))")
            }
            place = .unit(unit)
        }
        return CellKey(place: place, year: year, measure: .indicator(indicator))
    }

    /// The cells whose misses are attributed: every target of the unit asked for (of every unit
    /// for the region) in the year.
    public func attributionCells(in scenario: Scenario) throws(Problem) -> [CellKey] {
        let year = try year(in: scenario)
        let units = unit.map { [$0] } ?? scenario.units.map(\.id)
        return units.flatMap { id in Indicator.targeted.map { CellKey.unit(id, year, $0) } }
    }
}
