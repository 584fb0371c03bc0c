import MonteCarlo

/// The extended home-visit programme's cohorts in the unit being simulated: families whose
/// children were born in the same month, with the visit each cohort is due next. Which families
/// are offered and accept does not depend on the hours, so every month's cohort is enrolled at
/// the start of the trial (`enrol`), before the core visits a programme visit replaces are
/// booked; storage for a cohort a month is allocated once and never grows. All cohorts follow
/// the same schedule, so those with visits still due are one run of entry months, `[firstOpen,
/// entered)`, and cohorts close in the order they entered.
///
/// Counted as the KVÅ codes count them: a family leaves (UX294) only of its own accord, before a
/// visit; a visit the unit has no hours for is missed, and the family stays with its next visit
/// due. Cohort counts (offered, declined, left, reached) go to the year the families entered;
/// visits made and missed to the year they fell due; families in the programme to each 31
/// December. So for every entry cohort, offered − declined = reached + left + still in.
final class ProgrammeCohorts {
    private let cohorts: UnsafeMutableBufferPointer<ProgrammeCohort>
    private var count = 0
    private var firstOpen = 0
    private var entered = 0
    /// Visits in the schedule of the programme last enrolled.
    private var visitCount = 0
    private let tallies: YearTallies
    /// The core visits' queues, for families who leave before a visit that was to be their core visit.
    private let queues: FamilyQueues

    /// Room for a cohort a month over `months` months, counting into `tallies` (which must
    /// outlive the cohorts) and handing core visits back to `queues`.
    init(months: Int, tallies: YearTallies, queues: FamilyQueues) {
        cohorts = .allocate(capacity: months)
        self.tallies = tallies
        self.queues = queues
    }

    deinit { cohorts.deallocate() }

    /// Families still in the programme who entered in the projected year `year` (index).
    func familiesStillIn(enteredIn year: Int) -> Int {
        var families = 0
        for index in 0..<count where cohorts[index].nextVisit < visitCount && UnitPlan.yearIndex(ofMonth: cohorts[index].entryMonth) == year {
            families += cohorts[index].inProgramme
        }
        return families
    }

    /// Empties the programme, for a trial of a unit without it.
    func removeAll() {
        count = 0
        firstOpen = 0
        entered = 0
    }

    /// Empties the programme and offers it to the `eligible[month]` families of every month in
    /// `months`; those who accept form that month's cohort. Where a programme visit is a core
    /// visit, the cohort's families are written to `bookedElsewhere` at their birth month (one
    /// pointer per visit, nil for a visit that replaces none), so the core queue does not book
    /// them again.
    func enrol(_ programme: ExtendedProgramme, months: Range<Int>, eligible: UnsafeMutableBufferPointer<Int>,
               random: RandomGenerator, bookedElsewhere: UnsafeMutableBufferPointer<UnsafeMutablePointer<Int>?>) {
        removeAll()
        visitCount = programme.visits.count
        for month in months {
            let offered = random.binomial(trials: eligible[month], probability: programme.offerRate)
            let accepted = random.binomial(trials: offered, probability: programme.acceptRate)
            let year = UnitPlan.yearIndex(ofMonth: month)
            if tallies.byYear.indices.contains(year) {
                tallies.byYear[year].extEligible += eligible[month]
                tallies.byYear[year].extOffered += offered
                tallies.byYear[year].extDeclined += offered - accepted
            }
            if accepted > 0 {
                cohorts[count] = ProgrammeCohort(entryMonth: month, inProgramme: accepted)
                count += 1
                for booked in bookedElsewhere { booked?[month] = accepted }
            }
        }
    }

    /// Lets in the cohorts entering in `month`.
    func enter(_ month: Int) {
        while entered < count && cohorts[entered].entryMonth <= month { entered += 1 }
    }

    /// Each cohort with a visit due in `month`: some families leave first, of their own accord;
    /// the rest are visited as `hours` allow (`perVisit` hours each), and those the hours do not
    /// reach stay for their next visit. A visit that is a core visit counts as that visit done
    /// for the families visited; families who leave are queued for the core visits the
    /// programme was still to make. Cohorts whose last visit has fallen due are closed. Returns
    /// the hours the month's visits ask for: those of the families still in the programme, and
    /// of the core visits due by now of those who left.
    func serveVisits(_ programme: ExtendedProgramme, visits: [PlannedVisit], month: Int, hours: inout Double,
                     perVisit: Double, families: RandomGenerator, service: RandomGenerator) -> Double {
        var demanded = 0.0
        let years = tallies.byYear
        let monthRow = tallies.programmeVisits.rowOffset(year: UnitPlan.yearIndex(ofMonth: month))
        let monthYear = UnitPlan.yearIndex(ofMonth: month)
        for index in firstOpen..<entered {
            var cohort = cohorts[index]
            guard cohort.nextVisit < visits.count, month - cohort.entryMonth == visits[cohort.nextVisit].month else { continue }
            let visit = visits[cohort.nextVisit]
            let leaving = families.binomial(trials: cohort.inProgramme, probability: programme.dropOutPerVisit)
            let remaining = cohort.inProgramme - leaving
            demanded += Double(remaining) * perVisit
            let visited = ScarceHours.visit(remaining, hoursEach: perVisit, hours: &hours, service: service)
            tallies.programmeVisits.add(visited, at: monthRow + cohort.nextVisit)
            if years.indices.contains(monthYear) { years[monthYear].extVisitsMissed += remaining - visited }
            if leaving > 0 {
                // Those who leave have the core visits the programme was to make after all.
                for later in cohort.nextVisit..<visits.count where visits[later].replacedLane >= 0 {
                    demanded += queues.requeue(visits[later].replacedLane, families: leaving,
                                                    dueMonth: cohort.entryMonth + visits[later].replacedDueAge, month: month)
                }
            }
            if visit.replacedLane >= 0 {
                let dueYear = UnitPlan.yearIndex(ofMonth: cohort.entryMonth + visit.replacedDueAge)
                tallies.done.add(visited, at: tallies.done.rowOffset(year: dueYear) + visit.replacedLane)
            }
            cohort.inProgramme = remaining
            cohort.nextVisit += 1
            let entryYear = UnitPlan.yearIndex(ofMonth: cohort.entryMonth)
            if years.indices.contains(entryYear) {
                years[entryYear].extDroppedOut += leaving
                if cohort.nextVisit == visits.count { years[entryYear].extReached += remaining }
            }
            cohorts[index] = cohort
        }
        while firstOpen < entered && cohorts[firstOpen].nextVisit == visits.count { firstOpen += 1 }
        return demanded
    }

    /// Families in the programme now: in the cohorts that have entered and have visits still due.
    func familiesInProgramme() -> Int {
        var families = 0
        for index in firstOpen..<entered where cohorts[index].nextVisit < visitCount { families += cohorts[index].inProgramme }
        return families
    }
}

/// Families whose children were born in the same month and who are in the extended programme.
struct ProgrammeCohort {
    var entryMonth: Int
    var inProgramme: Int
    var nextVisit = 0
}

/// A programme visit as the simulation needs it: the month of life it falls due in, and the core
/// visit it is, as a position in `Activity.familyActivities` (-1: none) with that visit's due age.
struct PlannedVisit: Sendable {
    var month: Int
    var replacedLane = -1
    var replacedDueAge = 0
}
