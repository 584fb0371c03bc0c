import MonteCarlo

/// The extended home-visit programme's cohorts in the unit being simulated: families who entered
/// in the same month, with the visit each cohort is due next. At most one cohort enters a month,
/// so storage for the whole horizon is allocated once and never grows. Cohorts stay in the order
/// they entered, the order their families' draws are made in.
final class ProgrammeCohorts {
    private let cohorts: UnsafeMutableBufferPointer<ProgrammeCohort>
    private var count = 0
    private let tallies: UnsafeMutableBufferPointer<YearTally>

    /// Room for a cohort a month over `months` months, counting into `tallies` (which must
    /// outlive the cohorts).
    init(months: Int, tallies: UnsafeMutableBufferPointer<YearTally>) {
        cohorts = .allocate(capacity: months)
        self.tallies = tallies
    }

    deinit { cohorts.deallocate() }

    /// Empties the programme, for the next trial.
    func removeAll() { count = 0 }

    /// Families still in the programme who entered in the projected year `year` (index),
    /// counted from the open cohorts rather than derived from the tallies.
    func familiesStillIn(enteredIn year: Int) -> Int {
        var families = 0
        for index in 0..<count where UnitPlan.yearIndex(ofMonth: cohorts[index].entryMonth) == year {
            families += cohorts[index].inProgramme
        }
        return families
    }

    /// The `eligible` families with a child born in `month` are offered the programme; those who
    /// accept form a cohort.
    func enrol(_ programme: ExtendedProgramme, month: Int, eligible: Int, random: RandomGenerator) {
        let offered = random.binomial(trials: eligible, probability: programme.offerRate)
        let accepted = random.binomial(trials: offered, probability: programme.acceptRate)
        let year = UnitPlan.yearIndex(ofMonth: month)
        if tallies.indices.contains(year) {
            tallies[year].extEligible += eligible
            tallies[year].extOffered += offered
            tallies[year].extDeclined += offered - accepted
        }
        if accepted > 0 {
            cohorts[count] = ProgrammeCohort(entryMonth: month, inProgramme: accepted)
            count += 1
        }
    }

    /// Nurse hours at CNI weight 1 of the visits due in `month`, visit `n` being due at month of
    /// age `ages[n]`.
    func hoursDue(_ programme: ExtendedProgramme, month: Int, ages: [Int]) -> Double {
        var families = 0
        for index in 0..<count {
            let cohort = cohorts[index]
            if cohort.nextVisit < ages.count && month - cohort.entryMonth == ages[cohort.nextVisit] {
                families += cohort.inProgramme
            }
        }
        return Double(families) * programme.hoursPerVisit
    }

    /// Each cohort with a visit due in `month`: some families leave first, the rest are visited
    /// as `hours` allow; a family whose visit cannot be made in its month leaves the programme
    /// too. Cohorts that have had their last visit, or have no families left, are closed.
    func serveVisits(_ programme: ExtendedProgramme, ages: [Int], month: Int, hours: inout Double,
                     weight: Double, families: RandomGenerator, service: RandomGenerator) {
        let perVisit = programme.hoursPerVisit * weight
        var kept = 0
        for index in 0..<count {
            var cohort = cohorts[index]
            if cohort.nextVisit < ages.count, month - cohort.entryMonth == ages[cohort.nextVisit] {
                let leaving = families.binomial(trials: cohort.inProgramme, probability: programme.dropOutPerVisit)
                let remaining = cohort.inProgramme - leaving
                var visited = remaining
                if hours < Double(remaining) * perVisit {
                    visited = min(Int(hours / perVisit),
                                  service.binomial(trials: remaining, probability: hours / (Double(remaining) * perVisit)))
                }
                hours -= Double(visited) * perVisit
                cohort.inProgramme = visited
                cohort.nextVisit += 1
                let entryYear = UnitPlan.yearIndex(ofMonth: cohort.entryMonth)
                if tallies.indices.contains(entryYear) {
                    tallies[entryYear].extDroppedOut += leaving + (remaining - visited)
                    if cohort.nextVisit == ages.count { tallies[entryYear].extReached += visited }
                }
            }
            if cohort.nextVisit < ages.count && cohort.inProgramme > 0 {
                cohorts[kept] = cohort
                kept += 1
            }
        }
        count = kept
    }
}

/// Families who entered the extended programme in the same month and are still in it.
struct ProgrammeCohort {
    var entryMonth: Int
    var inProgramme: Int
    var nextVisit = 0
}
