/// A `YearTally` per projected year with the tables of their family counts: the counts the unit
/// simulator fills for one trial, or the region totals they add up to. Allocated once, freed
/// once, cleared for each trial, so counting touches no reference-counted storage.
final class YearTallies {
    /// The tallies, one per projected year (index 0 = start year).
    let byYear: UnsafeMutableBufferPointer<YearTally>
    /// Families due and families served, by year and family activity: the storage of the
    /// tallies' `eligible` and `done` rows.
    let eligible: FamilyCountTable
    let done: FamilyCountTable
    /// Extended-programme visits made, by year and visit number (UX273–UX278): the storage of the
    /// tallies' `extVisits` rows.
    let programmeVisits: FamilyCountTable
    /// The storage of the tables.
    private let counts: UnsafeMutableBufferPointer<Int>

    /// Zeroed tallies for `years` projected years.
    init(years: Int) {
        let activities = Activity.familyActivities.count
        let table = FamilyCountTable.capacity(years: years, activities: activities)
        let visitTable = FamilyCountTable.capacity(years: years, activities: ExtendedProgramme.maxVisits)
        counts = .allocate(capacity: 2 * table + visitTable)
        counts.initialize(repeating: 0)
        eligible = FamilyCountTable(counts.baseAddress!, years: years, activities: activities)
        done = FamilyCountTable(counts.baseAddress! + table, years: years, activities: activities)
        programmeVisits = FamilyCountTable(counts.baseAddress! + 2 * table, years: years, activities: ExtendedProgramme.maxVisits)
        byYear = .allocate(capacity: years)
        for year in 0..<years {
            (byYear.baseAddress! + year).initialize(
                to: YearTally(eligible: eligible.row(year), done: done.row(year), extVisits: programmeVisits.row(year)))
        }
    }

    deinit {
        byYear.deallocate()
        counts.deallocate()
    }

    /// Zeroes every count, for the next trial.
    func clear() {
        counts.update(repeating: 0)
        for year in byYear.indices {
            byYear[year] = YearTally(eligible: byYear[year].eligible, done: byYear[year].done, extVisits: byYear[year].extVisits)
        }
    }
}
