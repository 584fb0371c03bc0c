/// What one trial counted for one unit in one projected year, before it becomes indicators.
struct YearTally {
    var newborns = 0
    /// Sums over the year's months: contracted nurse FTE in post, nurse and doctor persons in
    /// post, and nurse FTE actually available after absences.
    var nurseFTEMonths = 0.0
    var nursePersonMonths = 0
    var doctorPersonMonths = 0
    var availableFTEMonths = 0.0
    var hoursAvailable = 0.0
    var hoursDemanded = 0.0
    /// Families due and families served, per family activity (indexed like `Activity.familyActivities`).
    var eligible = FamilyCounts()
    var done = FamilyCounts()
    /// Extended programme, by the year families entered it.
    var extEligible = 0
    var extOffered = 0
    var extDeclined = 0
    var extDroppedOut = 0
    var extReached = 0

    var extNotOffered: Int { extEligible - extOffered }
}

/// One count per family activity, without heap allocation.
struct FamilyCounts {
    var values: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)

    subscript(index: Int) -> Int {
        get {
            switch index {
            case 0: values.0
            case 1: values.1
            case 2: values.2
            case 3: values.3
            default: values.4
            }
        }
        set {
            switch index {
            case 0: values.0 = newValue
            case 1: values.1 = newValue
            case 2: values.2 = newValue
            case 3: values.3 = newValue
            default: values.4 = newValue
            }
        }
    }
}
