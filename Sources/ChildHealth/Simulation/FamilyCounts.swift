/// Families counted per projected year and family activity (columns indexed like
/// `Activity.familyActivities`) in one flat table that a `YearTallies` owns: the hot loops add
/// to a (year, activity) entry with one multiply, and nothing in it is reference counted.
struct FamilyCountTable {
    private let counts: UnsafeMutablePointer<Int>
    /// Rows: projected years (index 0 = start year).
    let years: Int
    /// Columns: family activities.
    let activities: Int

    /// The table at `counts`, `years` × `activities` entries, row by row.
    init(_ counts: UnsafeMutablePointer<Int>, years: Int, activities: Int) {
        self.counts = counts
        self.years = years
        self.activities = activities
    }

    /// Adds `families` to the activity at `activity` in the projected year `year`; a year
    /// outside the projected ones (the burn-in year, the months past the horizon) is not counted.
    @inline(__always)
    func add(_ families: Int, year: Int, activity: Int) {
        if UInt(bitPattern: year) < UInt(bitPattern: years) { counts[year &* activities &+ activity] &+= families }
    }

    /// The counts of the projected year `year`, one per family activity.
    func row(_ year: Int) -> FamilyCounts {
        FamilyCounts(UnsafeMutableBufferPointer(start: counts + year * activities, count: activities))
    }
}

/// One count per family activity (indexed like `Activity.familyActivities`): a row of a
/// `FamilyCountTable`, written in place, so neither its length nor a copy costs an allocation.
struct FamilyCounts {
    private let counts: UnsafeMutableBufferPointer<Int>

    /// The row `counts`, one entry per family activity.
    init(_ counts: UnsafeMutableBufferPointer<Int>) { self.counts = counts }

    /// The family activities' positions in `Activity.familyActivities`.
    var indices: Range<Int> { counts.indices }

    /// The count of the family activity at `index` (bounds checked in debug builds only).
    @inline(__always)
    subscript(index: Int) -> Int {
        get { counts[index] }
        nonmutating set { counts[index] = newValue }
    }
}
