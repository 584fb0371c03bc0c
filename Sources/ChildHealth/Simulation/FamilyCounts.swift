/// Families counted per projected year and family activity (columns indexed like
/// `Activity.familyActivities`) in one flat table that a `YearTallies` owns. After the rows of
/// the projected years comes a spare row that nobody reads: families falling due outside the
/// projected years (the burn-in year, the months past the horizon) are added there, so the hot
/// loops add to an entry by its offset, without a branch, and nothing in it is reference counted.
struct FamilyCountTable {
    private let counts: UnsafeMutablePointer<Int>
    /// Rows: projected years (index 0 = start year).
    let years: Int
    /// Columns: family activities.
    let activities: Int

    /// Entries the table takes: a row per projected year and the spare row.
    static func capacity(years: Int, activities: Int) -> Int { (years + 1) * activities }

    /// The table at `counts`, `capacity(years:activities:)` entries, row by row.
    init(_ counts: UnsafeMutablePointer<Int>, years: Int, activities: Int) {
        self.counts = counts
        self.years = years
        self.activities = activities
    }

    /// Offset of the row where families falling due in the projected year `year` are counted:
    /// the year's own row, or the spare row for a year outside the projected ones. Every table
    /// of the same size has the same offsets.
    func rowOffset(year: Int) -> Int { (0..<years).contains(year) ? year * activities : years * activities }

    /// Adds `families` to the entry at `offset` (a row's offset plus an activity's index).
    @inline(__always)
    func add(_ families: Int, at offset: Int) { counts[offset] &+= families }

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
