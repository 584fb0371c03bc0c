import MonteCarlo

/// The families waiting for each family activity (`Activity.familyActivities`) in the unit being
/// simulated, by months since the activity fell due. Which families accept an activity does not
/// depend on the hours, so `admit` draws them for every month of the trial first, each
/// activity's months in a row from its own stream; then month by month, in priority order, each
/// activity's newly due families join its queue, the queue gets hours and moves on a month
/// (`serve`), and families at the end of their window are missed. Families due and served are
/// counted in the year tallies by the year they fell due; families due after the projected years
/// (in the months simulated past the horizon so that the last year's families get their whole
/// window) are not counted. One worker allocates the queues once and starts them afresh for each
/// unit and trial (`begin`).
final class FamilyQueues {
    /// What the queues need of one family activity in the hot loop, side by side in memory.
    private struct Lane {
        let activity: Activity
        let standard: FamilyActivityStandard
        /// The families' acceptance, and the sharing out of scarce hours among those waiting.
        let families: RandomGenerator
        let service: RandomGenerator
        /// The activity's queue (in `waiting`) and its families who accepted by month (in
        /// `accepted`).
        let queue: UnsafeMutablePointer<Int>
        let acceptedByMonth: UnsafeMutablePointer<Int>
        /// Families booked for the activity elsewhere (an extended-programme visit that is this
        /// core visit), by birth month (in `booked`); read only when `hasBooked` (see `bookElsewhere`).
        let bookedByBirthMonth: UnsafeMutablePointer<Int>
        var hasBooked = false
        /// The last month whose hours the activity's queue has had (`serve`).
        var servedThrough = -1
        /// Whether families wait past the month they fell due: while not, `serve` needs only
        /// the month's newly due families (most months of most units).
        var hasBacklog = false
        /// Hours per family at the unit's CNI weight, set by `begin`.
        var hoursPerFamily = 0.0
    }

    private let streams: UnitStreams
    private let lanes: UnsafeMutablePointer<Lane>
    private let laneCount: Int
    /// Families waiting, `slots` per activity, by months since due. A queue has one slot more
    /// than the longest window, so that `serve` can move each count on a month as it goes.
    private let waiting: UnsafeMutablePointer<Int>
    private let slots: Int
    /// Families who accepted each activity, by the month they fell due: `months` per activity
    /// (the months before the activity's due age are never written and stay zero).
    private let accepted: UnsafeMutablePointer<Int>
    /// Families booked elsewhere, `months` per activity, by birth month.
    private let booked: UnsafeMutablePointer<Int>
    private let months: Int
    /// Nurse hours demanded per month, as last given to `admit`.
    private var demandedHours: UnsafeMutablePointer<Double>?
    private let eligible: FamilyCountTable
    private let done: FamilyCountTable
    /// Per month simulated, the offset of the count tables' row where families falling due in
    /// it are counted (see `FamilyCountTable.rowOffset(year:)`).
    private let rowOfMonth: UnsafeMutablePointer<Int>

    /// Queues for the family activities of `workload` over `months` months, drawing from
    /// `streams` and counting into `tallies` (which must outlive them).
    init(workload: WorkloadStandards, months: Int, streams: UnitStreams, tallies: YearTallies) {
        self.streams = streams
        eligible = tallies.eligible
        done = tallies.done
        self.months = months
        rowOfMonth = .allocate(capacity: months)
        for month in 0..<months {
            (rowOfMonth + month).initialize(to: tallies.eligible.rowOffset(year: UnitPlan.yearIndex(ofMonth: month)))
        }
        let activities = Activity.familyActivities
        laneCount = activities.count
        slots = (activities.map { workload.standard(for: $0).windowMonths }.max() ?? 1) + 1
        waiting = .allocate(capacity: laneCount * slots)
        waiting.initialize(repeating: 0, count: laneCount * slots)
        accepted = .allocate(capacity: laneCount * months)
        accepted.initialize(repeating: 0, count: laneCount * months)
        booked = .allocate(capacity: laneCount * months)
        booked.initialize(repeating: 0, count: laneCount * months)
        lanes = .allocate(capacity: laneCount)
        for (index, activity) in activities.enumerated() {
            (lanes + index).initialize(to: Lane(
                activity: activity, standard: workload.standard(for: activity),
                families: streams[.families(activity)], service: streams[.service(activity)],
                queue: waiting + index * slots, acceptedByMonth: accepted + index * months,
                bookedByBirthMonth: booked + index * months))
        }
    }

    deinit {
        lanes.deinitialize(count: laneCount)
        lanes.deallocate()
        waiting.deallocate()
        accepted.deallocate()
        booked.deallocate()
        rowOfMonth.deallocate()
    }

    /// Empties the queues and positions their streams for `trial` of the unit `subject`, whose
    /// families take `weight` times the standard hours.
    func begin(trial: Int, subject: UInt64, weight: Double) {
        for index in 0..<laneCount {
            streams.reset(.families(lanes[index].activity), trial: trial, subject: subject)
            streams.reset(.service(lanes[index].activity), trial: trial, subject: subject)
            lanes[index].hoursPerFamily = lanes[index].standard.hours * weight
            lanes[index].hasBooked = false
            lanes[index].servedThrough = -1
            lanes[index].hasBacklog = false
        }
        waiting.update(repeating: 0, count: laneCount * slots)
    }

    /// The row, by birth month, where the families booked for the activity at `index` elsewhere
    /// are to be written before `admit`: zeroed, and read by `admit` until the next `begin`.
    func bookElsewhere(_ index: Int) -> UnsafeMutablePointer<Int> {
        lanes[index].hasBooked = true
        lanes[index].bookedByBirthMonth.update(repeating: 0, count: months)
        return lanes[index].bookedByBirthMonth
    }

    /// `families` booked elsewhere for the activity at `index`, due in `dueMonth`, who in `month`
    /// are to have it after all (they left the extended programme before the visit that was to
    /// be this one): they join its queue as if they had accepted it when due, unless its window
    /// has closed. The hours of a visit due later are added to that month's demand (`admit`'s
    /// `demanded`); those of one due by now are returned, for this month's.
    func requeue(_ index: Int, families: Int, dueMonth: Int, month: Int) -> Double {
        let lane = lanes + index
        guard families > 0, dueMonth < months else { return 0 }
        let age = month - dueMonth
        if age < 0 {
            lane.pointee.acceptedByMonth[dueMonth] += families
            demandedHours?[dueMonth] += Double(families) * lane.pointee.hoursPerFamily
            return 0
        }
        if lane.pointee.servedThrough < month {
            // This month's hours are still to come: they wait where families due `age` months ago do.
            guard age < lane.pointee.standard.windowMonths else { return 0 }
            if age == 0 {
                lane.pointee.acceptedByMonth[month] += families
            } else {
                lane.pointee.queue[age] += families
                lane.pointee.hasBacklog = true
            }
        } else {
            // The queue has moved on a month: they wait with those who were at `age`.
            guard age + 1 < lane.pointee.standard.windowMonths else { return 0 }
            lane.pointee.queue[age + 1] += families
            lane.pointee.hasBacklog = true
        }
        return Double(families) * lane.pointee.hoursPerFamily
    }

    /// For every month, the families of children born `dueAgeMonths` before who accept each
    /// activity; all those due count as eligible, and the hours of those who accept are added to
    /// the month's entry of `demanded` (activity by activity, in the order of the activities).
    /// Families booked for the activity elsewhere are eligible but not queued; families whose
    /// infant has changed unit at a boundary change (`moves`) are the new unit's.
    func admit(births: UnsafeMutablePointer<Int>, demanded: UnsafeMutablePointer<Double>, moves: InfantMoves?) {
        demandedHours = demanded
        let hasMoves = moves != nil
        for index in 0..<laneCount {
            let lane = lanes[index]
            let accepted = lane.acceptedByMonth
            // Before the activity's due age no family falls due: those months stay at zero.
            var month = max(0, lane.standard.dueAgeMonths)
            let acceptance = lane.standard.acceptance
            if !hasMoves && !lane.hasBooked && acceptance > 0 && acceptance < 1 {
                // Every family born in the month is due and queued here (no boundary change, no
                // programme visit standing in) and some but not all accept: the loop most runs
                // take, kept free of the checks. The draws first, in a loop that keeps little
                // across each call into GSL; then the hours and counts, in one without calls.
                let (born, families) = (births - lane.standard.dueAgeMonths, lane.families)
                let first = month
                while month < months {
                    accepted[month] = families.binomial(trials: born[month], interiorProbability: acceptance)
                    month &+= 1
                }
                Self.count(months: first..<months, accepted: accepted, hoursPerFamily: lane.hoursPerFamily, born: born,
                           demanded: demanded, eligible: eligible, rows: rowOfMonth, column: index)
                continue
            }
            while month < months {
                let born = month &- lane.standard.dueAgeMonths
                let due = hasMoves ? moves.unsafelyUnwrapped.listed(born: births[born], birthMonth: born, month: month) : births[born]
                let queued = lane.hasBooked ? max(0, due &- lane.bookedByBirthMonth[born]) : due
                let families = lane.families.binomial(trials: queued, probability: lane.standard.acceptance)
                accepted[month] = families
                demanded[month] += Double(families) * lane.hoursPerFamily
                eligible.add(due, at: rowOfMonth[month] &+ index)
                month &+= 1
            }
        }
    }

    /// For `months` of the activity in `column`: adds the hours of the families who accepted to
    /// each month's demand, and those due to the month's eligible count. Apart from `admit`'s
    /// draws, so that its loop of calls into GSL keeps none of these values.
    @inline(never)
    private static func count(months: Range<Int>, accepted: UnsafeMutablePointer<Int>, hoursPerFamily: Double,
                              born: UnsafeMutablePointer<Int>, demanded: UnsafeMutablePointer<Double>,
                              eligible: FamilyCountTable, rows: UnsafeMutablePointer<Int>, column: Int) {
        for month in months {
            demanded[month] += Double(accepted[month]) * hoursPerFamily
            eligible.add(born[month], at: rows[month] &+ column)
        }
    }

    /// The families who accepted the activity at `index` in `month` join its queue, and `hours`
    /// are spent on the families waiting, those whose window closes first first; with too few
    /// hours each waiting family is served with the share of hours there is. Then a month passes
    /// for the activity: the families left move on a month, and those at the end of its window
    /// are missed.
    @inline(__always)
    func serve(_ index: Int, month: Int, hours: inout Double) {
        let lane = lanes + index
        lane.pointee.servedThrough = month
        let perFamily = lane.pointee.hoursPerFamily
        let arriving = lane.pointee.acceptedByMonth[month]
        if !lane.pointee.hasBacklog {
            // Only the newly due families wait: when the hours reach them all, the queue stays
            // empty; else they share the hours as below.
            let need = Double(arriving) * perFamily
            if hours >= need {
                hours -= need
                done.add(arriving, at: rowOfMonth[month] &+ index)
                return
            }
        }
        let queue = lane.pointee.queue
        queue[0] = arriving
        // From the oldest families to the newest, each count left over goes one slot up, to a
        // slot already read; what goes past the window (the last slot) is never read again.
        let dueRows = rowOfMonth + month
        let lastAge = lane.pointee.standard.windowMonths &- 1
        var waitingOn = 0
        var age = lastAge
        while age >= 0 {
            let count = queue[age]
            var left = 0
            if count != 0 {
                let visited = ScarceHours.visit(count, hoursEach: perFamily, hours: &hours, service: lane.pointee.service)
                left = count &- visited
                done.add(visited, at: dueRows[-age] &+ index)
            }
            queue[age &+ 1] = left
            if age < lastAge { waitingOn |= left }
            age &-= 1
        }
        queue[0] = 0
        lane.pointee.hasBacklog = waitingOn != 0
    }
}
