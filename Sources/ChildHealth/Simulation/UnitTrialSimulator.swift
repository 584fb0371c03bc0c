import Foundation
import MonteCarlo

/// Simulates one unit through one trial, month by month: births, staff availability, and how
/// the nurses' hours are spent on the programme. Owned by one worker and reused for every
/// unit and trial, so its streams and buffers are allocated once.
final class UnitTrialSimulator {
    /// What a month's hours go to, in the order of the workload's priority list.
    private enum Claim {
        case clinic
        case extendedProgramme
        case barnHLR
        /// Family activities next to each other in the priority list: these positions of
        /// `familyOrder`, served in turn.
        case families(Range<Int>)
    }

    private let scenario: Scenario
    /// Months simulated: the burn-in year, the projected years and the months after them in
    /// which the last year's families still have their window (see ``UnitPlan``).
    private let months: Int
    /// The burn-in year and the projected years: the months whose counts are tallied.
    private let reportedMonths: Int
    /// Each simulated month's share of working time taken by vacation (`months` entries, the
    /// calendar month's share repeated year by year).
    private let vacationShares: UnsafeMutablePointer<Double>
    private let staffChances: StaffChances
    /// Routine clinic visits are booked around planned vacation: each month's share of the
    /// year's clinic hours follows the share of working time not on vacation (12 entries).
    private let clinicSeason: UnsafeMutablePointer<Double>
    /// The priority list, as the claims the month's hours meet in turn.
    private let claims: UnsafeMutableBufferPointer<Claim>
    /// The family activities in priority order, by position in `Activity.familyActivities`.
    private let familyOrder: UnsafeMutableBufferPointer<Int>
    /// The priority list of a unit without an extended programme or Barn-HLR: a family
    /// activity's position in `Activity.familyActivities`, or -1 for the clinic.
    private let plainOrder: UnsafeMutableBufferPointer<Int>
    private let streams: UnitStreams
    private let buffers: UnitTrialBuffers
    /// The buffers' tallies, one per projected year.
    private let yearTallies: UnsafeMutableBufferPointer<YearTally>
    private let queues: FamilyQueues
    private let cohorts: ProgrammeCohorts
    private let barnHLR: BarnHLRSessions
    /// Per extended-programme visit, where the families it books for a core visit go (nil: the
    /// visit is no core visit); `ExtendedProgramme.maxVisits` entries.
    private let bookedRows: UnsafeMutableBufferPointer<UnsafeMutablePointer<Int>?>

    /// Families still in the extended programme at the end of the last trial, by the year
    /// (index) they entered it: counted from the open cohorts, not derived from the tallies.
    func familiesStillInProgramme(enteredIn year: Int) -> Int {
        cohorts.familiesStillIn(enteredIn: year)
    }

    /// The last simulated trial's counts, one per projected year.
    var tallies: UnsafeBufferPointer<YearTally> { UnsafeBufferPointer(yearTallies) }

    init(scenario: Scenario) {
        self.scenario = scenario
        months = UnitPlan.monthCount(scenario)
        reportedMonths = UnitPlan.reportedMonthCount(horizon: scenario.horizon)
        let vacation = scenario.staffing.vacationShares
        vacationShares = .allocate(capacity: months)
        for month in 0..<months { (vacationShares + month).initialize(to: vacation[month % 12]) }
        staffChances = StaffChances(scenario.staffing)
        let working = vacation.map { 1 - $0 }
        let meanWorking = working.reduce(0, +) / 12
        clinicSeason = .allocate(capacity: 12)
        clinicSeason.initialize(from: working.map { meanWorking > 0 ? $0 / meanWorking : 1 }, count: 12)
        var claimList: [Claim] = []
        var order: [Int] = []
        for activity in scenario.workload.priority {
            switch activity {
            case .clinic: claimList.append(.clinic)
            case .extendedProgramme: claimList.append(.extendedProgramme)
            case .barnHLR: claimList.append(.barnHLR)
            default:
                guard let index = Activity.familyActivities.firstIndex(of: activity) else { continue }
                if case .families(let run)? = claimList.last {
                    claimList[claimList.count - 1] = .families(run.lowerBound..<(run.upperBound + 1))
                } else {
                    claimList.append(.families(order.count..<(order.count + 1)))
                }
                order.append(index)
            }
        }
        // A priority list may leave Barn-HLR out: it then gets the hours last.
        if !scenario.workload.priority.contains(.barnHLR) { claimList.append(.barnHLR) }
        claims = .allocate(capacity: claimList.count)
        _ = claims.initialize(from: claimList)
        familyOrder = .allocate(capacity: order.count)
        _ = familyOrder.initialize(from: order)
        let plain = claimList.flatMap { claim -> [Int] in
            switch claim {
            case .clinic: [-1]
            case .families(let run): Array(order[run])
            case .extendedProgramme, .barnHLR: []
            }
        }
        plainOrder = .allocate(capacity: plain.count)
        _ = plainOrder.initialize(from: plain)
        streams = UnitStreams(seed: scenario.seed)
        buffers = UnitTrialBuffers(months: months, years: scenario.horizon)
        yearTallies = buffers.tallies.byYear
        queues = FamilyQueues(workload: scenario.workload, months: months, streams: streams, tallies: buffers.tallies)
        cohorts = ProgrammeCohorts(months: months, tallies: buffers.tallies, queues: queues)
        barnHLR = BarnHLRSessions(streams: streams, tallies: buffers.tallies)
        bookedRows = .allocate(capacity: ExtendedProgramme.maxVisits)
        bookedRows.initialize(repeating: nil)
    }

    deinit {
        vacationShares.deallocate()
        clinicSeason.deallocate()
        claims.deallocate()
        familyOrder.deallocate()
        plainOrder.deallocate()
        bookedRows.deallocate()
    }

    /// Runs the unit of `own` through trial `trial`; the result is in `tallies`, one per projected year.
    func simulate(_ own: WorkerUnitPlan, trial: Int) {
        buffers.reset()
        simulateBirths(own.plan, trial: trial)
        simulateStaff(own.plan, trial: trial)
        simulateProgramme(own.plan, trial: trial)
    }

    // MARK: Births

    /// Fills the month's births (and those to first-time parents) and the newborns of each year.
    private func simulateBirths(_ plan: UnitPlan, trial: Int) {
        let births = buffers.births
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
            plan.expectedBirths.withUnsafeBufferPointer { expected in
                // The months past the horizon are the start of one more year, with its own stream.
                for year in 0..<((months + 11) / 12) {
                    // A stream per year: a change to expected births in one year leaves the draws
                    // of every other year as they were.
                    let random = streams.reset(.births, trial: trial, subject: plan.streamSubject, part: year)
                    let rate = overdispersed ? random.gamma(mean: 1, coefficientOfVariation: plan.birthRateCV) : 1
                    for month in (year * 12)..<min(year * 12 + 12, months) {
                        births[month] = random.poisson(mean: expected[month] * rate)
                    }
                }
            }
        }
        for (offset, count) in plan.unit.plannedBirths where 12 + offset < months {
            births[12 + offset] = count
        }
        if plan.unit.movesInPerYear > 0 || plan.unit.movesOutPerYear > 0 {
            let moves = streams.reset(.moves, trial: trial, subject: plan.streamSubject)
            for month in 0..<months {
                let moved = moves.poisson(mean: plan.unit.movesInPerYear / 12) - moves.poisson(mean: plan.unit.movesOutPerYear / 12)
                births[month] = max(0, births[month] + moved)
            }
        }
        if plan.extendedProgramme != nil {
            let parents = streams.reset(.firstTimeParents, trial: trial, subject: plan.streamSubject)
            for month in 0..<months {
                buffers.firstTimeBirths[month] = parents.binomial(trials: births[month], probability: plan.unit.firstTimeShare)
            }
        }
        for year in yearTallies.indices {
            var newborns = 0
            if let moves = plan.infantMoves {
                // Counted where they are listed on 31 December.
                for month in (12 * year + 12)..<(12 * year + 24) {
                    newborns &+= moves.listed(born: births[month], birthMonth: month, month: 12 * year + 23)
                }
            } else {
                for month in (12 * year + 12)..<(12 * year + 24) { newborns &+= births[month] }
            }
            yearTallies[year].newborns = newborns
        }
    }

    // MARK: Staff

    /// Fills the nurses and doctors in post and the nurse FTE available, month by month and per year.
    private func simulateStaff(_ plan: UnitPlan, trial: Int) {
        let (availableFTE, nurseFTE) = (buffers.availableFTE, buffers.nurseFTE)
        let (nursePersons, doctorPersons) = (buffers.nursePersons, buffers.doctorPersons)
        // The persons by address: a copy of a person's plan would retain and release its arrays.
        plan.persons.withUnsafeBufferPointer { persons in
            for index in persons.indices {
                let person = persons.baseAddress.unsafelyUnwrapped + index
                let random = streams.reset(.staff, trial: trial, subject: person.pointee.streamSubject)
                // The role, and for a nurse whether the post is new, as constants at each call:
                // each copy of the walk keeps only its own work (most nurses' posts are not new).
                if person.pointee.role == .nurse {
                    if person.pointee.postStart < 0 {
                        walkPost(person, isNurse: true, isNewPost: false, random: random)
                    } else {
                        walkPost(person, isNurse: true, isNewPost: true, random: random)
                    }
                } else {
                    walkPost(person, isNurse: false, isNewPost: true, random: random)
                }
            }
        }
        for year in yearTallies.indices {
            var (fteMonths, nurseMonths, doctorMonths, availableMonths) = (0.0, 0, 0, 0.0)
            for month in (12 * year + 12)..<(12 * year + 24) {
                fteMonths += nurseFTE[month]
                nurseMonths &+= nursePersons[month]
                doctorMonths &+= doctorPersons[month]
                availableMonths += availableFTE[month]
            }
            yearTallies[year].nurseFTEMonths = fteMonths
            yearTallies[year].nursePersonMonths = nurseMonths
            yearTallies[year].doctorPersonMonths = doctorMonths
            yearTallies[year].availableFTEMonths = availableMonths
        }
    }

    /// One person's post month by month: vacancies and, for a nurse, sick leave and long leave,
    /// added to the month's persons in post and nurse FTE available. The walk of a post that is
    /// not new (`isNewPost` false: no start month, so no fill delay or start-up share) skips
    /// their checks.
    @inline(__always)
    private func walkPost(_ person: UnsafePointer<UnitPlan.PersonPlan>, isNurse: Bool, isNewPost: Bool,
                          random: RandomGenerator) {
        let (availableFTE, nurseFTE) = (buffers.availableFTE, buffers.nurseFTE)
        let (nursePersons, doctorPersons) = (buffers.nursePersons, buffers.doctorPersons)
        let chances = staffChances
        let vacationShares = vacationShares
        let months = months
        let (postStart, fillDelay) = (person.pointee.postStart, person.pointee.fillDelayMean)
        let (startupShare, startupMonths) = (person.pointee.startupShare, person.pointee.startupMonths)
        person.pointee.fractions.withUnsafeBufferPointer { fractions in
            var vacantMonths = 0
            var leaveMonths = 0
            var startupLeft = 0
            // Months in post until the person leaves, and months at work until a long leave
            // starts: geometric waiting times, the same as a monthly chance of each, but one
            // draw per event instead of one per month.
            var untilDeparture = random.geometric(chances.departure)
            var untilLeave = isNurse ? random.geometric(chances.leaveStart) : Int.max
            for month in 0..<months {
                let fraction = fractions[month]
                if fraction <= 0 { continue }
                if isNewPost && month == postStart {
                    // A new post: vacant until it is filled, then perhaps a start-up share.
                    vacantMonths = fillDelay > 0 ? random.poisson(mean: fillDelay) : 0
                    startupLeft = startupMonths
                }
                if vacantMonths > 0 { vacantMonths &-= 1; continue }
                if isNurse {
                    let share = isNewPost && startupLeft > 0 ? startupShare : 1
                    if isNewPost && startupLeft > 0 { startupLeft &-= 1 }
                    nursePersons[month] &+= 1
                    nurseFTE[month] += fraction
                    if leaveMonths > 0 {
                        leaveMonths &-= 1
                    } else {
                        let sick = min(1, chances.sickLeave.draw(from: random))
                        availableFTE[month] += share * fraction * max(0, 1 - vacationShares[month] - sick)
                        untilLeave &-= 1
                        if untilLeave == 0 {
                            leaveMonths = 1 + random.poisson(mean: chances.extraLeaveMonths)
                            untilLeave = random.geometric(chances.leaveStart)
                        }
                    }
                } else {
                    doctorPersons[month] &+= 1
                }
                untilDeparture &-= 1
                if untilDeparture == 0 {
                    vacantMonths = 1 + random.poisson(mean: chances.extraVacancyMonths)
                    leaveMonths = 0
                    untilDeparture = random.geometric(chances.departure)
                }
            }
        }
    }

    // MARK: Capacity and coverage

    /// Fills the clinic hours each month needs: per newborn of the last 12 months and per child
    /// aged 1–5, booked around planned vacation (`clinicSeason`); infants who have changed unit
    /// at a boundary change are the new unit's.
    private func simulateClinicHours(_ plan: UnitPlan) {
        let weight = plan.cniWeight
        let clinicPerNewborn = scenario.workload.clinicHoursPerNewborn / 12 * weight
        let clinicPerChild = scenario.workload.hoursPerChild1to5 / 12 * weight
        let births = buffers.births
        let clinicHours = buffers.clinicHours
        var birthsLastYear = (-11...0).reduce(0.0) { $0 + plan.expectedBirths(at: $1 - 1) }
        plan.childrenOneToFive.withUnsafeBufferPointer { childrenOneToFive in
            var monthOfYear = 0
            for month in 0..<months {
                // The newest month of births replaces the oldest in the rolling year-1 cohort.
                birthsLastYear += Double(births[month]) - (month >= 12 ? Double(births[month - 12]) : plan.expectedBirths(at: month - 12))
                var infants = birthsLastYear
                if let moves = plan.infantMoves {
                    for born in max(0, month - 11)...month {
                        infants += Double(moves.listed(born: births[born], birthMonth: born, month: month) - births[born])
                    }
                }
                clinicHours[month] = (infants * clinicPerNewborn + childrenOneToFive[month] * clinicPerChild) * clinicSeason[monthOfYear]
                monthOfYear = monthOfYear == 11 ? 0 : monthOfYear + 1
            }
        }
    }

    /// Spends each month's available hours on the claims in priority order: family activities'
    /// queues, the clinic, the extended programme's visits.
    private func simulateProgramme(_ plan: UnitPlan, trial: Int) {
        let weight = plan.cniWeight
        let programme = plan.extendedProgramme
        let hoursPerFTEMonth = scenario.staffing.hoursPerFTEYear / 12 * scenario.staffing.programmeShare
        let births = buffers.births
        let availableFTE = buffers.availableFTE
        let clinicHours = buffers.clinicHours
        simulateClinicHours(plan)
        queues.begin(trial: trial, subject: plan.streamSubject, weight: weight)
        // The programme's streams are positioned only for a unit that runs it: a few hundred
        // instructions a unit and trial that most units do not need.
        let programmeFamilies = streams[.families(.extendedProgramme)]
        let programmeService = streams[.service(.extendedProgramme)]
        if programme != nil {
            streams.reset(.families(.extendedProgramme), trial: trial, subject: plan.streamSubject)
            streams.reset(.service(.extendedProgramme), trial: trial, subject: plan.streamSubject)
        }
        // The programme's families are enrolled before the core visits are booked, so that a
        // programme visit that is a core visit books its families once.
        if let programme, plan.extendedProgrammeStart < reportedMonths {
            let visits = plan.extendedVisits.count
            for index in 0..<visits {
                let lane = plan.extendedVisits[index].replacedLane
                bookedRows[index] = lane >= 0 ? queues.bookElsewhere(lane) : nil
            }
            cohorts.enrol(programme, months: plan.extendedProgrammeStart..<reportedMonths,
                          eligible: programme.firstTimeParentsOnly ? buffers.firstTimeBirths : births, random: programmeFamilies,
                          bookedElsewhere: UnsafeMutableBufferPointer(rebasing: bookedRows[0..<visits]))
        } else {
            cohorts.removeAll()
        }
        let admittedHours = buffers.admittedHours
        queues.admit(births: births.baseAddress!, demanded: admittedHours.baseAddress!, moves: plan.infantMoves)
        let training = plan.barnHLR
        if let training {
            barnHLR.begin(training, firstDueMonth: plan.barnHLRStart, weight: weight, trial: trial, subject: plan.streamSubject)
        }

        // Flags, not the optional structs (which hold arrays): testing them each month costs no
        // reference counting.
        let runsProgramme = programme != nil
        let runsTraining = training != nil
        if !runsProgramme && !runsTraining {
            spendPlainMonths(hoursPerFTEMonth: hoursPerFTEMonth)
            return
        }
        for month in 0..<months {
            var hours = availableFTE[month] * hoursPerFTEMonth
            var demanded = admittedHours[month]
            let available = hours

            // The extended programme counts its families by the year they entered and up to the
            // end of the horizon, so it does not run in the months simulated past it.
            let programmeMonth = runsProgramme && month < reportedMonths
            if programmeMonth { cohorts.enter(month) }

            if runsTraining {
                demanded += barnHLR.admit(month: month, births: births, moves: plan.infantMoves)
            }

            for claim in claims {
                switch claim {
                case .clinic:
                    demanded += clinicHours[month]
                    hours -= min(hours, clinicHours[month])
                case .extendedProgramme:
                    if programmeMonth, let programme {
                        demanded += cohorts.serveVisits(programme, visits: plan.extendedVisits, month: month, hours: &hours,
                                                        perVisit: programme.meanHoursPerVisit * weight,
                                                        families: programmeFamilies, service: programmeService)
                    }
                case .barnHLR:
                    if runsTraining { barnHLR.serve(month: month, hours: &hours) }
                case .families(let run):
                    var position = run.lowerBound
                    while position < run.upperBound {
                        queues.serve(familyOrder[position], month: month, hours: &hours)
                        position &+= 1
                    }
                }
            }
            if month >= 12 && month < reportedMonths {
                let year = UnitPlan.yearIndex(ofMonth: month)
                yearTallies[year].hoursAvailable += available
                yearTallies[year].hoursDemanded += demanded
                if programmeMonth && month % 12 == 11 { yearTallies[year].extInProgramme = cohorts.familiesInProgramme() }
            }
        }
    }

    /// `simulateProgramme`'s months for a unit with neither an extended programme nor
    /// Barn-HLR (most units, most scenarios): the clinic and the family activities' queues in
    /// priority order (`plainOrder`), the same hours and counts as the general loop, without
    /// its per-month checks of the claims that do not apply.
    private func spendPlainMonths(hoursPerFTEMonth: Double) {
        let (availableFTE, admittedHours, clinicHours) = (buffers.availableFTE, buffers.admittedHours, buffers.clinicHours)
        let order = UnsafeBufferPointer(plainOrder)
        var year = -1
        var monthOfYear = 0
        for month in 0..<months {
            var hours = availableFTE[month] * hoursPerFTEMonth
            var demanded = admittedHours[month]
            let available = hours
            for step in order {
                if step < 0 {
                    demanded += clinicHours[month]
                    hours -= min(hours, clinicHours[month])
                } else {
                    queues.serve(step, month: month, hours: &hours)
                }
            }
            if year >= 0 && month < reportedMonths {
                yearTallies[year].hoursAvailable += available
                yearTallies[year].hoursDemanded += demanded
            }
            monthOfYear &+= 1
            if monthOfYear == 12 {
                monthOfYear = 0
                year &+= 1
            }
        }
    }
}
