/// A `YearTally` per projected year with the table of their family counts: the counts the unit
/// simulator fills for one trial, or the region totals they add up to. Allocated once, freed
/// once, cleared for each trial, so counting touches no reference-counted storage.
final class YearTallies {
    /// The tallies, one per projected year (index 0 = start year).
    let byYear: UnsafeMutableBufferPointer<YearTally>
    /// Families due, then families served: one row per year, one column per family activity.
    private let counts: UnsafeMutableBufferPointer<Int>

    /// Zeroed tallies for `years` projected years.
    init(years: Int) {
        let activities = Activity.familyActivities.count
        counts = .allocate(capacity: 2 * years * activities)
        counts.initialize(repeating: 0)
        byYear = .allocate(capacity: years)
        for year in 0..<years {
            func row(_ table: Int) -> FamilyCounts {
                let start = (table * years + year) * activities
                return FamilyCounts(UnsafeMutableBufferPointer(rebasing: counts[start..<(start + activities)]))
            }
            (byYear.baseAddress! + year).initialize(to: YearTally(eligible: row(0), done: row(1)))
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
            byYear[year] = YearTally(eligible: byYear[year].eligible, done: byYear[year].done)
        }
    }
}
