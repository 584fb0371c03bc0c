import MonteCarlo

/// A scenario seen by the Monte Carlo runner: simulates every unit for one trial and writes
/// the indicators into the trial's row of cells (see ``CellLayout``). Each worker has its own,
/// with the region's counts in buffers allocated once.
final class RegionTrialSimulator: TrialSimulator {
    /// What is written for one unit indicator: how it is read, and its slot in
    /// `Indicator.targeted` (-1: it has no target).
    private struct UnitIndicator {
        let reading: IndicatorReading
        let targetedSlot: Int
    }

    private let units: [WorkerUnitPlan]
    private let layout: CellLayout
    private let unit: UnitTrialSimulator
    /// Region pools for the year being written: coverage numerators and denominators, totals.
    private let regionTotals: YearTallies
    /// Units meeting each targeted indicator's target: a row per year, a column per
    /// `Indicator.targeted` entry.
    private let meeting: UnsafeMutableBufferPointer<Int>
    private let targetedCount = Indicator.targeted.count
    /// Per cell, its target.
    private let thresholds: UnsafeMutableBufferPointer<Threshold?>
    private let unitIndicators: [UnitIndicator]
    private let regionReadings: [IndicatorReading]
    /// The most visits of an extended programme any unit runs (0: none does), and whether any
    /// unit runs Barn-HLR.
    private let regionProgrammeVisits: Int
    private let regionHasBarnHLR: Bool

    init(plan: RegionPlan, layout: CellLayout) {
        units = plan.units.map(WorkerUnitPlan.init(copying:))
        self.layout = layout
        unit = UnitTrialSimulator(scenario: plan.scenario)
        regionTotals = YearTallies(years: layout.years)
        meeting = .allocate(capacity: layout.years * Indicator.targeted.count)
        meeting.initialize(repeating: 0)
        thresholds = .allocate(capacity: layout.cells.count)
        _ = thresholds.initialize(from: layout.cells.map(\.threshold))
        unitIndicators = layout.unitIndicators.map {
            UnitIndicator(reading: IndicatorReading($0), targetedSlot: Indicator.targeted.firstIndex(of: $0) ?? -1)
        }
        regionReadings = layout.regionReadings.map(IndicatorReading.init)
        regionProgrammeVisits = plan.units.map(\.programmeVisits).max() ?? 0
        regionHasBarnHLR = plan.units.contains { $0.barnHLR != nil }
    }

    deinit {
        meeting.deallocate()
        thresholds.deallocate()
    }

    func simulate(trial: Int, into cells: UnsafeMutableBufferPointer<Double>) {
        regionTotals.clear()
        meeting.update(repeating: 0)
        for index in units.indices {
            let own = units[index]
            unit.simulate(own, trial: trial)
            writeUnit(index, programmeVisits: own.programmeVisits, barnHLR: own.runsBarnHLR, into: cells)
        }
        for year in 0..<layout.years {
            let base = layout.regionBase(year: year)
            for (offset, reading) in regionReadings.enumerated() {
                cells[base + offset] = reading.value(in: regionTotals.byYear[year], programmeVisits: regionProgrammeVisits,
                                                     barnHLR: regionHasBarnHLR)
            }
            let countsBase = base + regionReadings.count
            for slot in 0..<targetedCount { cells[countsBase + slot] = Double(meeting[year * targetedCount + slot]) }
        }
    }

    /// Writes the indicators of the unit at `index` from its last simulated trial, counts the
    /// targets it meets and adds its tallies to the region's.
    @inline(__always)
    private func writeUnit(_ index: Int, programmeVisits: Int, barnHLR: Bool, into cells: UnsafeMutableBufferPointer<Double>) {
        let tallies = unit.tallies
        for year in 0..<layout.years {
            let base = layout.unitBase(unit: index, year: year)
            for offset in unitIndicators.indices {
                let indicator = unitIndicators[offset]
                let value = indicator.reading.value(in: tallies[year], programmeVisits: programmeVisits, barnHLR: barnHLR)
                cells[base &+ offset] = value
                if indicator.targetedSlot >= 0, let threshold = thresholds[base &+ offset], threshold.isMet(by: value) {
                    meeting[year * targetedCount + indicator.targetedSlot] &+= 1
                }
            }
            regionTotals.byYear[year].add(tallies[year])
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
        extInProgramme += other.extInProgramme
        extVisitsMissed += other.extVisitsMissed
        for index in extVisits.indices { extVisits[index] += other.extVisits[index] }
        hlrEligible += other.hlrEligible
        hlrOffered += other.hlrOffered
        hlrPartner += other.hlrPartner
        hlrDeclined += other.hlrDeclined
        hlrTookPart += other.hlrTookPart
    }
}
