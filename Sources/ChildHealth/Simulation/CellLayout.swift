import MonteCarlo

/// Where each (unit, year, indicator) value sits in a trial's row of output cells, and which
/// target it is measured against. Units come first, then the region rows.
struct CellLayout: Sendable {
    /// One output cell: what it measures (with the year as an index from the start year) and
    /// its target.
    struct Cell: Sendable {
        var place: CellKey.Place
        var yearIndex: Int
        var measure: CellKey.Measure
        var threshold: Threshold?

        /// The cell's key in a scenario starting in `startYear`.
        func key(startYear: Int) -> CellKey { CellKey(place: place, year: startYear + yearIndex, measure: measure) }
    }
    /// Region-wide indicators summed or pooled over units, of every run.
    static let regionIndicators: [Indicator] = [
        .newborns, .newbornsPerNurseFTE, .newbornsPerNurse, .nurseFTEAvailable, .nurseUtilisation,
        .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
    ]

    let cells: [Cell]
    let unitCount: Int
    let years: Int
    /// The indicators of each unit and year, and those of the region besides the units-meeting
    /// counts: every one, but a programme's counts only in a run where some unit runs it, so a
    /// run without it has no cells for them (they would all be undefined).
    let unitIndicators: [Indicator]
    let regionReadings: [Indicator]

    /// The indicators written per unit in a run of `scenarios` (one, or those compared).
    static func unitIndicators(of scenarios: [Scenario]) -> [Indicator] {
        let programme = scenarios.contains { $0.runsExtendedProgramme }
        let barnHLR = scenarios.contains { $0.runsBarnHLR }
        return Indicator.allCases.filter {
            (programme || !Indicator.extendedProgramme.contains($0)) && (barnHLR || !Indicator.barnHLRIndicators.contains($0))
        }
    }

    /// The region's indicators of a run whose units have `unitIndicators`: those of every run,
    /// and the programmes' counts and shares where the units have them.
    static func regionReadings(unitIndicators: [Indicator]) -> [Indicator] {
        regionIndicators + unitIndicators.filter { Indicator.extendedProgramme.contains($0) || Indicator.barnHLRIndicators.contains($0) }
    }

    /// The layout of `plan`'s cells, with the indicators of a run of `scenarios` (by default
    /// the plan's own scenario; a comparison lays out every scenario with those of all of them).
    init(plan: RegionPlan, scenarios: [Scenario]? = nil) {
        let scenario = plan.scenario
        unitCount = plan.units.count
        years = scenario.horizon
        unitIndicators = Self.unitIndicators(of: scenarios ?? [scenario])
        regionReadings = Self.regionReadings(unitIndicators: unitIndicators)
        var cells: [Cell] = []
        for unit in plan.units {
            for year in 0..<years {
                for indicator in unitIndicators {
                    cells.append(Cell(place: .unit(unit.unit.id), yearIndex: year, measure: .indicator(indicator),
                                      threshold: indicator.threshold(targets: scenario.targets, ceiling: unit.ceiling)))
                }
            }
        }
        let regionCeiling = Self.regionCeiling(plan)
        for year in 0..<years {
            for indicator in regionReadings {
                cells.append(Cell(place: .region, yearIndex: year, measure: .indicator(indicator),
                                  threshold: indicator.threshold(targets: scenario.targets, ceiling: regionCeiling)))
            }
            for indicator in Indicator.targeted {
                cells.append(Cell(place: .region, yearIndex: year, measure: .unitsMeeting(indicator), threshold: nil))
            }
        }
        self.cells = cells
    }

    /// The region's newborns-per-nurse-FTE ceiling: the nurse FTE the units' own ceilings ask
    /// for their expected newborns, added up, against all those newborns (the newborn-weighted
    /// harmonic mean of the ceilings), so the region meets it when its units do on average.
    static func regionCeiling(_ plan: RegionPlan) -> Double {
        let newborns = plan.units.reduce(0.0) { $0 + $1.unit.expectedNewborns }
        let fte = plan.units.reduce(0.0) { $0 + $1.unit.expectedNewborns / $1.ceiling }
        guard newborns > 0, fte > 0 else {
            return plan.units.isEmpty ? 0 : plan.units.reduce(0.0) { $0 + $1.ceiling } / Double(plan.units.count)
        }
        return newborns / fte
    }

    /// First cell of a unit's block for a year.
    func unitBase(unit: Int, year: Int) -> Int { (unit * years + year) * unitIndicators.count }

    /// First region cell for a year.
    func regionBase(year: Int) -> Int {
        unitCount * years * unitIndicators.count + year * (regionReadings.count + Indicator.targeted.count)
    }
}
