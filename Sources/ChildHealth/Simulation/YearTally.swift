/// What one trial counted for one unit (or a region) in one projected year, before it becomes
/// indicators. Its family counts are rows of the tables a `YearTallies` owns, so a tally holds one
/// count per family activity however many there are, and copying one copies no storage: a copy
/// reads the counts as they are, and is valid only while its `YearTallies` lives.
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
    let eligible: FamilyCounts
    let done: FamilyCounts
    /// Extended programme, by the year families entered it: eligible, offered, declined at the
    /// offer, left of their own accord, stayed to the programme's end (its last visit fell due).
    var extEligible = 0
    var extOffered = 0
    var extDeclined = 0
    var extDroppedOut = 0
    var extReached = 0
    /// Extended programme, by calendar year: families in it on 31 December, visits due that the
    /// unit could not make, and visits made by their number (a row of `ExtendedProgramme.maxVisits`).
    var extInProgramme = 0
    var extVisitsMissed = 0
    let extVisits: FamilyCounts

    /// Barn-HLR, by the year families fell due: due, offered (UX551), done with a partner
    /// organisation (UX554), declined (UX553), took part in a session at the unit (UX552).
    var hlrEligible = 0
    var hlrOffered = 0
    var hlrPartner = 0
    var hlrDeclined = 0
    var hlrTookPart = 0

    var extNotOffered: Int { extEligible - extOffered }

    /// A tally with nothing counted but what its count rows hold.
    init(eligible: FamilyCounts, done: FamilyCounts, extVisits: FamilyCounts) {
        self.eligible = eligible
        self.done = done
        self.extVisits = extVisits
    }
}
