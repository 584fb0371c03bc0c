import Foundation
import MonteCarlo

/// Simulates one unit through one trial, month by month: births, staff availability, and how
/// the nurses' hours are spent on the programme. Owned by one worker and reused for every
/// unit and trial, so its buffers are allocated once.
final class UnitTrialSimulator {
    private let scenario: Scenario
    private let months: Int
    private let vacationShares: [Double]
    /// Routine clinic visits are booked around planned vacation: each month's share of the
    /// year's clinic hours follows the share of working time not on vacation.
    private let clinicSeason: [Double]
    private let familyStandards: [FamilyActivityStandard]
    /// Position in `Activity.familyActivities` of each entry of the priority list (nil: not a family activity).
    private let familyIndexByPriority: [Int?]
    private let priority: [Activity]
    /// The generators this simulator owns; the hot loop uses their handles below.
    private let streams: [RandomStream]
    private let birthStream, moveStream, staffStream, parentStream, programmeStream, programmeServiceStream: RandomGenerator
    /// Per family activity: the families' choices, and the sharing out of scarce hours.
    private let familyStreams: UnsafeMutableBufferPointer<RandomGenerator>
    private let serviceStreams: UnsafeMutableBufferPointer<RandomGenerator>
    private let familyComponents: [StreamComponent]
    private let serviceComponents: [StreamComponent]

    // Per-trial buffers, one entry per month, allocated once: the hot loop touches no
    // reference-counted storage.
    private let births: UnsafeMutableBufferPointer<Int>
    private let firstTimeBirths: UnsafeMutableBufferPointer<Int>
    private let availableFTE: UnsafeMutableBufferPointer<Double>
    private let nurseFTE: UnsafeMutableBufferPointer<Double>
    private let nursePersons: UnsafeMutableBufferPointer<Int>
    private let doctorPersons: UnsafeMutableBufferPointer<Int>
    /// Families waiting for each family activity, by months since due: `window` slots per activity.
    private let pending: UnsafeMutableBufferPointer<Int>
    private let window: Int
    private var cohorts: [ProgrammeCohort] = []
    private let yearTallies: UnsafeMutableBufferPointer<YearTally>
    /// Families due and served per (year, family activity), copied into the tallies at the end.
    private let eligible: UnsafeMutableBufferPointer<Int>
    private let served: UnsafeMutableBufferPointer<Int>
    /// Hours per family of each family activity at CNI weight 1, and the same times the unit's weight.
    private let familyHours: [Double]
    private let weightedHours: UnsafeMutableBufferPointer<Double>

    /// Families still in the extended programme at the end of the last trial, by the year
    /// (index) they entered it: counted from the open cohorts, not derived from the tallies.
    func familiesStillInProgramme(enteredIn year: Int) -> Int {
        cohorts.reduce(0) { $0 + (yearIndex($1.entryMonth) == year ? $1.inProgramme : 0) }
    }

    /// The last simulated trial's counts, one per projected year.
    var tallies: UnsafeBufferPointer<YearTally> { UnsafeBufferPointer(yearTallies) }

    init(scenario: Scenario) {
        self.scenario = scenario
        months = UnitPlan.monthCount(horizon: scenario.horizon)
        vacationShares = scenario.staffing.vacationShares
        let working = vacationShares.map { 1 - $0 }
        let meanWorking = working.reduce(0, +) / 12
        clinicSeason = working.map { meanWorking > 0 ? $0 / meanWorking : 1 }
        familyStandards = Activity.familyActivities.map { scenario.workload.standard(for: $0) }
        familyIndexByPriority = scenario.workload.priority.map { Activity.familyActivities.firstIndex(of: $0) }
        priority = scenario.workload.priority
        let key = StreamKey(seed: scenario.seed, trial: 0, subject: 0, component: 0)
        let activities = Activity.familyActivities.count
        streams = (0..<(6 + 2 * activities)).map { _ in RandomStream(key: key) }
        (birthStream, moveStream, staffStream, parentStream, programmeStream, programmeServiceStream) =
            (streams[0].generator, streams[1].generator, streams[2].generator, streams[3].generator,
             streams[4].generator, streams[5].generator)
        familyStreams = .allocate(capacity: activities)
        _ = familyStreams.initialize(from: streams[6..<(6 + activities)].map(\.generator))
        serviceStreams = .allocate(capacity: activities)
        _ = serviceStreams.initialize(from: streams[(6 + activities)...].map(\.generator))
        familyComponents = Activity.familyActivities.map { StreamComponent(familiesOf: $0)! }
        serviceComponents = Activity.familyActivities.map { StreamComponent(serviceOf: $0)! }
        births = .allocate(capacity: months)
        firstTimeBirths = .allocate(capacity: months)
        availableFTE = .allocate(capacity: months)
        nurseFTE = .allocate(capacity: months)
        nursePersons = .allocate(capacity: months)
        doctorPersons = .allocate(capacity: months)
        window = familyStandards.map(\.windowMonths).max() ?? 1
        pending = .allocate(capacity: familyStandards.count * window)
        yearTallies = .allocate(capacity: scenario.horizon)
        yearTallies.initialize(repeating: YearTally())
        eligible = .allocate(capacity: scenario.horizon * activities)
        served = .allocate(capacity: scenario.horizon * activities)
        familyHours = familyStandards.map(\.hours)
        weightedHours = .allocate(capacity: activities)
    }

    deinit {
        births.deallocate(); firstTimeBirths.deallocate(); availableFTE.deallocate(); nurseFTE.deallocate()
        nursePersons.deallocate(); doctorPersons.deallocate(); pending.deallocate(); yearTallies.deallocate()
        familyStreams.deallocate(); serviceStreams.deallocate()
        eligible.deallocate(); served.deallocate(); weightedHours.deallocate()
    }

    @inline(__always)
    private func reset(_ stream: RandomGenerator, _ component: StreamComponent, trial: Int, subject: UInt64,
                       part: Int = 0) -> RandomGenerator {
        let key = StreamKey(seed: scenario.seed, trial: trial, subject: subject,
                            component: component.rawValue | UInt64(truncatingIfNeeded: part) << 32)
        stream.reset(to: key)
        return stream
    }

    /// Runs `plan` through trial `trial`; the result is in `tallies`, one per projected year.
    func simulate(_ plan: UnitPlan, trial: Int) {
        for year in yearTallies.indices { yearTallies[year] = YearTally() }
        simulateBirths(plan, trial: trial)
        simulateStaff(plan, trial: trial)
        simulateProgramme(plan, trial: trial)
    }

    /// Year index (0 = start year) of a month, negative in the burn-in year.
    @inline(__always)
    private func yearIndex(_ month: Int) -> Int { month / 12 - 1 }

    // MARK: Births

    private func simulateBirths(_ plan: UnitPlan, trial: Int) {
        switch scenario.births.randomness {
        case .none:
            // Exactly the expected total, spread over months by cumulative rounding.
            var cumulative = 0.0
            var previous = 0
            for month in 0..<months {
                cumulative += plan.expectedBirths[month]
                let rounded = Int(cumulative.rounded())
                births[month] = rounded - previous
                previous = rounded
            }
        case .poisson, .negativeBinomial:
            let overdispersed = scenario.births.randomness == .negativeBinomial
            for year in 0..<(months / 12) {
                // A stream per year: a change to expected births in one year leaves the draws of
                // every other year as they were.
                let random = reset(birthStream, .births, trial: trial, subject: plan.streamSubject, part: year)
                let rate = overdispersed ? random.gamma(mean: 1, coefficientOfVariation: plan.birthRateCV) : 1
                for month in (year * 12)..<(year * 12 + 12) {
                    births[month] = random.poisson(mean: plan.expectedBirths[month] * rate)
                }
            }
        }
        for (offset, count) in plan.unit.plannedBirths.enumerated() where 12 + offset < months {
            self.births[12 + offset] = count
        }
        if plan.unit.movesInPerYear > 0 || plan.unit.movesOutPerYear > 0 {
            let moves = reset(moveStream, .moves, trial: trial, subject: plan.streamSubject)
            for month in 0..<months {
                let moved = moves.poisson(mean: plan.unit.movesInPerYear / 12) - moves.poisson(mean: plan.unit.movesOutPerYear / 12)
                self.births[month] = max(0, self.births[month] + moved)
            }
        }
        if plan.extendedProgramme != nil {
            let parents = reset(parentStream, .firstTimeParents, trial: trial, subject: plan.streamSubject)
            for month in 0..<months {
                firstTimeBirths[month] = parents.binomial(trials: self.births[month], probability: plan.unit.firstTimeShare)
            }
        }
        for month in 12..<months { yearTallies[yearIndex(month)].newborns += self.births[month] }
    }

    // MARK: Staff

    private func simulateStaff(_ plan: UnitPlan, trial: Int) {
        for month in 0..<months {
            availableFTE[month] = 0; nurseFTE[month] = 0; nursePersons[month] = 0; doctorPersons[month] = 0
        }
        let staffing = scenario.staffing
        let leaveStart = 1 - pow(1 - staffing.longLeavePerYear, 1.0 / 12)
        let departure = 1 - pow(1 - staffing.turnoverPerYear, 1.0 / 12)
        for person in plan.persons.indices {
            let random = reset(staffStream, .staff, trial: trial, subject: plan.persons[person].streamSubject)
            let isNurse = plan.persons[person].role == .nurse
            plan.persons[person].fractions.withUnsafeBufferPointer { fractions in
                var vacantMonths = 0
                var leaveMonths = 0
                // Months in post until the person leaves, and months at work until a long leave
                // starts: geometric waiting times, the same as a monthly chance of each, but one
                // draw per event instead of one per month.
                var untilDeparture = random.geometric(departure)
                var untilLeave = isNurse ? random.geometric(leaveStart) : Int.max
                for month in 0..<months {
                    let fraction = fractions[month]
                    if fraction <= 0 { continue }
                    if vacantMonths > 0 { vacantMonths -= 1; continue }
                    if isNurse {
                        nursePersons[month] += 1
                        nurseFTE[month] += fraction
                        if leaveMonths > 0 {
                            leaveMonths -= 1
                        } else {
                            let sick = min(1, random.gamma(mean: staffing.sickLeaveMean, coefficientOfVariation: staffing.sickLeaveCV))
                            availableFTE[month] += fraction * max(0, 1 - vacationShares[month % 12] - sick)
                            untilLeave -= 1
                            if untilLeave == 0 {
                                leaveMonths = 1 + random.poisson(mean: staffing.longLeaveMeanMonths - 1)
                                untilLeave = random.geometric(leaveStart)
                            }
                        }
                    } else {
                        doctorPersons[month] += 1
                    }
                    untilDeparture -= 1
                    if untilDeparture == 0 {
                        vacantMonths = 1 + random.poisson(mean: staffing.vacancyMeanMonths - 1)
                        leaveMonths = 0
                        untilDeparture = random.geometric(departure)
                    }
                }
            }
        }
        for month in 12..<months {
            let year = yearIndex(month)
            yearTallies[year].nurseFTEMonths += nurseFTE[month]
            yearTallies[year].nursePersonMonths += nursePersons[month]
            yearTallies[year].doctorPersonMonths += doctorPersons[month]
            yearTallies[year].availableFTEMonths += availableFTE[month]
        }
    }

    // MARK: Capacity and coverage

    private func simulateProgramme(_ plan: UnitPlan, trial: Int) {
        let weight = plan.cniWeight
        // Clinic hours per month: per newborn of the last 12 months, and per child aged 1–5.
        let clinicPerNewborn = scenario.workload.clinicHoursPerNewborn / 12 * weight
        let clinicPerChild = scenario.workload.hoursPerChild1to5 / 12 * weight
        let childrenOneToFive = plan.childrenOneToFive
        let programme = plan.extendedProgramme
        let hoursPerFTEMonth = scenario.staffing.hoursPerFTEYear / 12 * scenario.staffing.programmeShare
        for index in familyStreams.indices {
            _ = reset(familyStreams[index], familyComponents[index], trial: trial, subject: plan.streamSubject)
            _ = reset(serviceStreams[index], serviceComponents[index], trial: trial, subject: plan.streamSubject)
        }
        _ = reset(programmeStream, .extendedProgramme, trial: trial, subject: plan.streamSubject)
        _ = reset(programmeServiceStream, .extendedProgrammeService, trial: trial, subject: plan.streamSubject)
        pending.update(repeating: 0)
        eligible.update(repeating: 0)
        served.update(repeating: 0)
        for index in familyHours.indices { weightedHours[index] = familyHours[index] * weight }
        let activities = familyHours.count
        cohorts.removeAll(keepingCapacity: true)
        var birthsLastYear = (-11...0).reduce(0.0) { $0 + plan.expectedBirths(at: $1 - 1) }

        var monthOfYear = 0
        for month in 0..<months {
            let year = yearIndex(month)
            defer { monthOfYear = monthOfYear == 11 ? 0 : monthOfYear + 1 }
            // The newest month of births replaces the oldest in the rolling year-1 cohort.
            birthsLastYear += Double(births[month]) - (month >= 12 ? Double(births[month - 12]) : plan.expectedBirths(at: month - 12))
            var hours = availableFTE[month] * hoursPerFTEMonth
            var demanded = 0.0
            let available = hours

            // New families due this month enter each activity's queue.
            for index in familyStandards.indices {
                let standard = familyStandards[index]
                let born = month - standard.dueAgeMonths
                guard born >= 0 else { continue }
                let accepted = familyStreams[index].binomial(trials: births[born], probability: standard.acceptance)
                pending[index * window] = accepted
                demanded += Double(accepted) * weightedHours[index]
                if year >= 0 { eligible[year * activities + index] += births[born] }
            }
            if let programme {
                if month >= plan.extendedProgrammeStart { enrol(programme, month: month, random: programmeStream, plan: plan) }
                demanded += extendedVisitsDue(month: month, plan: plan) * weight
            }

            for position in priority.indices {
                switch priority[position] {
                case .clinic:
                    let need = (birthsLastYear * clinicPerNewborn + childrenOneToFive[month] * clinicPerChild) * clinicSeason[monthOfYear]
                    demanded += need
                    hours -= min(hours, need)
                case .extendedProgramme:
                    if let programme {
                        serveExtendedVisits(programme, ages: plan.extendedVisitAges, month: month, hours: &hours, weight: weight,
                                            families: programmeStream, service: programmeServiceStream)
                    }
                default:
                    guard let index = familyIndexByPriority[position] else { continue }
                    serve(index, month: month, hours: &hours, random: serviceStreams[index])
                }
            }
            if year >= 0 {
                yearTallies[year].hoursAvailable += available
                yearTallies[year].hoursDemanded += demanded
            }
        }
        // Families still waiting when the horizon ends have not had their chance: leave them out.
        for index in familyStandards.indices {
            for age in 0..<(familyStandards[index].windowMonths - 1) {
                let dueYear = yearIndex(months - 1 - age)
                if dueYear >= 0 { eligible[dueYear * activities + index] -= pending[index * window + age] }
            }
        }
        for year in yearTallies.indices {
            for index in 0..<activities {
                yearTallies[year].eligible[index] = eligible[year * activities + index]
                yearTallies[year].done[index] = served[year * activities + index]
            }
        }
    }

    /// Spends hours on the families waiting for one activity, those whose window closes first
    /// first; with too few hours each waiting family is served with the share of hours there is.
    @inline(__always)
    private func serve(_ index: Int, month: Int, hours: inout Double, random: RandomGenerator) {
        let perFamily = weightedHours[index]
        let slots = familyStandards[index].windowMonths
        let queue = pending.baseAddress! + index * window
        for age in stride(from: slots - 1, through: 0, by: -1) {
            let waiting = queue[age]
            if waiting == 0 { continue }
            var visited = waiting
            let need = Double(waiting) * perFamily
            if hours < need {
                let affordable = Int(hours / perFamily)
                visited = min(affordable, random.binomial(trials: waiting, probability: hours / need))
            }
            hours -= Double(visited) * perFamily
            queue[age] = waiting - visited
            let dueYear = yearIndex(month - age)
            if dueYear >= 0 { served[dueYear * familyHours.count + index] += visited }
        }
        // Age the queue: families at the end of their window are missed.
        for age in stride(from: slots - 1, to: 0, by: -1) { queue[age] = queue[age - 1] }
        queue[0] = 0
    }

    // MARK: Extended programme

    /// First-time families born this month are offered the programme; those who accept form a cohort.
    private func enrol(_ programme: ExtendedProgramme, month: Int, random: RandomGenerator, plan: UnitPlan) {
        let eligible = programme.firstTimeParentsOnly ? firstTimeBirths[month] : births[month]
        let offered = random.binomial(trials: eligible, probability: programme.offerRate)
        let accepted = random.binomial(trials: offered, probability: programme.acceptRate)
        let year = yearIndex(month)
        if year >= 0 {
            yearTallies[year].extEligible += eligible
            yearTallies[year].extOffered += offered
            yearTallies[year].extDeclined += offered - accepted
        }
        if accepted > 0 { cohorts.append(ProgrammeCohort(entryMonth: month, inProgramme: accepted)) }
    }

    /// Nurse hours of the visits due this month at CNI weight 1.
    private func extendedVisitsDue(month: Int, plan: UnitPlan) -> Double {
        guard let programme = plan.extendedProgramme else { return 0 }
        let ages = plan.extendedVisitAges
        var families = 0
        for cohort in cohorts where cohort.nextVisit < ages.count && month - cohort.entryMonth == ages[cohort.nextVisit] {
            families += cohort.inProgramme
        }
        return Double(families) * programme.hoursPerVisit
    }

    /// Each cohort with a visit due: some families leave first, the rest are visited as hours
    /// allow; a family whose visit cannot be made in its month leaves the programme too.
    private func serveExtendedVisits(_ programme: ExtendedProgramme, ages: [Int], month: Int, hours: inout Double,
                                     weight: Double, families: RandomGenerator, service: RandomGenerator) {
        let perVisit = programme.hoursPerVisit * weight
        for index in cohorts.indices {
            var cohort = cohorts[index]
            guard cohort.nextVisit < ages.count, month - cohort.entryMonth == ages[cohort.nextVisit] else { continue }
            let leaving = families.binomial(trials: cohort.inProgramme, probability: programme.dropOutPerVisit)
            var remaining = cohort.inProgramme - leaving
            var visited = remaining
            if hours < Double(remaining) * perVisit {
                visited = min(Int(hours / perVisit), service.binomial(trials: remaining, probability: hours / (Double(remaining) * perVisit)))
            }
            hours -= Double(visited) * perVisit
            let left = leaving + (remaining - visited)
            remaining = visited
            cohort.inProgramme = remaining
            cohort.nextVisit += 1
            let entryYear = yearIndex(cohort.entryMonth)
            if entryYear >= 0 {
                yearTallies[entryYear].extDroppedOut += left
                if cohort.nextVisit == ages.count { yearTallies[entryYear].extReached += remaining }
            }
            cohorts[index] = cohort
        }
        cohorts.removeAll { $0.nextVisit >= ages.count || $0.inProgramme == 0 }
    }
}

/// Families who entered the extended programme in the same month and are still in it.
struct ProgrammeCohort {
    var entryMonth: Int
    var inProgramme: Int
    var nextVisit = 0
}
