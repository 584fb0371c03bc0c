import MonteCarlo

/// A scenario seen by the Monte Carlo runner: simulates every unit for one trial and writes
/// the indicators into the trial's row of cells (see ``CellLayout``).
struct RegionTrialSimulator: TrialSimulator {
    private let plan: RegionPlan
    private let layout: CellLayout
    private let unit: UnitTrialSimulator
    /// Region pools for the year being written: coverage numerators and denominators, totals.
    private let regionTotals: YearTallies
    private var meeting: [[Int]]
    /// Per cell, its target; per unit indicator, its slot in `Indicator.targeted` (nil: no target).
    private let thresholds: [Threshold?]
    private let targetedSlots: [Int?]

    init(plan: RegionPlan, layout: CellLayout) {
        self.plan = plan
        self.layout = layout
        unit = UnitTrialSimulator(scenario: plan.scenario)
        regionTotals = YearTallies(years: layout.years)
        meeting = Array(repeating: Array(repeating: 0, count: Indicator.targeted.count), count: layout.years)
        thresholds = layout.cells.map(\.threshold)
        targetedSlots = layout.unitIndicators.map { Indicator.targeted.firstIndex(of: $0) }
    }

    mutating func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        regionTotals.clear()
        for year in 0..<layout.years {
            for index in meeting[year].indices { meeting[year][index] = 0 }
        }
        for (index, unitPlan) in plan.units.enumerated() {
            unit.simulate(unitPlan, trial: trial)
            let hasProgramme = unitPlan.extendedProgramme != nil
            for year in 0..<layout.years {
                let tally = unit.tallies[year]
                let base = layout.unitBase(unit: index, year: year)
                for (offset, indicator) in layout.unitIndicators.enumerated() {
                    let value = Self.value(of: indicator, in: tally, hasProgramme: hasProgramme)
                    cells[base + offset] = value
                    if let slot = targetedSlots[offset], let threshold = thresholds[base + offset], threshold.isMet(by: value) {
                        meeting[year][slot] += 1
                    }
                }
                regionTotals.byYear[year].add(tally)
            }
        }
        let hasProgramme = plan.units.contains { $0.extendedProgramme != nil }
        for year in 0..<layout.years {
            let base = layout.regionBase(year: year)
            for (offset, indicator) in CellLayout.regionIndicators.enumerated() {
                cells[base + offset] = Self.value(of: indicator, in: regionTotals.byYear[year], hasProgramme: hasProgramme)
            }
            let countsBase = base + CellLayout.regionIndicators.count
            for slot in Indicator.targeted.indices { cells[countsBase + slot] = Double(meeting[year][slot]) }
        }
    }

    /// An indicator's value from a year's tally; NaN where it is undefined (no nurse in post all
    /// year, no family due, no extended programme).
    static func value(of indicator: Indicator, in tally: YearTally, hasProgramme: Bool) -> Double {
        func ratio(_ numerator: Double, _ denominator: Double) -> Double {
            denominator > 0 ? numerator / denominator : .nan
        }
        func coverage(_ activity: Activity) -> Double {
            let index = Activity.familyActivities.firstIndex(of: activity)!
            return ratio(Double(tally.done[index]), Double(tally.eligible[index]))
        }
        func programmeCount(_ count: Int) -> Double { hasProgramme ? Double(count) : .nan }
        let newborns = Double(tally.newborns)
        switch indicator {
        case .newborns: return newborns
        case .newbornsPerNurseFTE: return ratio(newborns, tally.nurseFTEMonths / 12)
        case .newbornsPerNurse: return ratio(newborns, Double(tally.nursePersonMonths) / 12)
        case .newbornsPerDoctor: return ratio(newborns, Double(tally.doctorPersonMonths) / 12)
        case .nurseFTEAvailable: return tally.availableFTEMonths / 12
        case .nurseUtilisation: return ratio(tally.hoursDemanded, tally.hoursAvailable)
        case .firstHomeVisit: return coverage(.firstHomeVisit)
        case .eightMonthHomeVisit: return coverage(.eightMonthHomeVisit)
        case .parentGroup: return coverage(.parentGroup)
        case .epds: return coverage(.epds)
        case .partnerTalk: return coverage(.partnerTalk)
        case .extOffered: return programmeCount(tally.extOffered)
        case .extReached: return programmeCount(tally.extReached)
        case .extDeclined: return programmeCount(tally.extDeclined)
        case .extNotOffered: return programmeCount(tally.extNotOffered)
        case .extDroppedOut: return programmeCount(tally.extDroppedOut)
        }
    }
}

extension YearTally {
    /// Adds another unit's tally, for region totals.
    mutating func add(_ other: YearTally) {
        newborns += other.newborns
        nurseFTEMonths += other.nurseFTEMonths
        nursePersonMonths += other.nursePersonMonths
        doctorPersonMonths += other.doctorPersonMonths
        availableFTEMonths += other.availableFTEMonths
        hoursAvailable += other.hoursAvailable
        hoursDemanded += other.hoursDemanded
        for index in eligible.indices {
            eligible[index] += other.eligible[index]
            done[index] += other.done[index]
        }
        extEligible += other.extEligible
        extOffered += other.extOffered
        extDeclined += other.extDeclined
        extDroppedOut += other.extDroppedOut
        extReached += other.extReached
    }
}
