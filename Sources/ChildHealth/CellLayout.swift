import MonteCarlo

/// Where each (unit, year, indicator) value sits in a trial's row of output cells, and which
/// target it is measured against. Units come first, then the region rows.
struct CellLayout: Sendable {
    /// One output row: a unit id (or ``regionID``), a year index, an indicator name and its target.
    struct Cell: Sendable {
        var unit: String
        var yearIndex: Int
        var indicator: String
        var threshold: Threshold?
    }

    static let regionID = "REGION"
    /// Region rows counting units that meet each target.
    static func unitsMeeting(_ indicator: Indicator) -> String { "units_meeting_" + indicator.rawValue }
    /// Region-wide indicators summed or pooled over units.
    static let regionIndicators: [Indicator] = [
        .newborns, .nurseFTEAvailable, .nurseUtilisation,
        .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
    ] + Indicator.extendedProgramme

    let cells: [Cell]
    let unitCount: Int
    let years: Int
    let unitIndicators = Indicator.allCases

    init(plan: RegionPlan) {
        let scenario = plan.scenario
        unitCount = plan.units.count
        years = scenario.horizon
        var cells: [Cell] = []
        for unit in plan.units {
            for year in 0..<years {
                for indicator in Indicator.allCases {
                    cells.append(Cell(unit: unit.unit.id, yearIndex: year, indicator: indicator.rawValue,
                                      threshold: indicator.threshold(targets: scenario.targets, ceiling: unit.ceiling)))
                }
            }
        }
        for year in 0..<years {
            for indicator in Self.regionIndicators {
                cells.append(Cell(unit: Self.regionID, yearIndex: year, indicator: indicator.rawValue,
                                  threshold: indicator.threshold(targets: scenario.targets, ceiling: 0)))
            }
            for indicator in Indicator.targeted {
                cells.append(Cell(unit: Self.regionID, yearIndex: year, indicator: Self.unitsMeeting(indicator), threshold: nil))
            }
        }
        self.cells = cells
    }

    /// First cell of a unit's block for a year.
    func unitBase(unit: Int, year: Int) -> Int { (unit * years + year) * unitIndicators.count }

    /// First region cell for a year.
    func regionBase(year: Int) -> Int {
        unitCount * years * unitIndicators.count + year * (Self.regionIndicators.count + Indicator.targeted.count)
    }
}
