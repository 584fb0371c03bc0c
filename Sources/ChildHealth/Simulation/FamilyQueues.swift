import MonteCarlo

/// The families waiting for each family activity (`Activity.familyActivities`) in the unit being
/// simulated, by months since the activity fell due. Each month the families newly due join
/// (`admit`); in priority order each activity's queue gets hours (`serve`) and moves on a month
/// (`age`), and families at the end of their window are missed. Families due and served are
/// counted in the year tallies by the year they fell due; families due after the projected years
/// (in the months simulated past the horizon so that the last year's families get their whole
/// window) are not counted. One worker allocates the queues once
/// and starts them afresh for each unit and trial (`begin`).
final class FamilyQueues {
    /// What the queues need of one family activity in the hot loop, side by side in memory.
    private struct Lane {
        let activity: Activity
        let standard: FamilyActivityStandard
        /// The families' acceptance, and the sharing out of scarce hours among those waiting.
        let families: RandomGenerator
        let service: RandomGenerator
        /// Hours per family at the unit's CNI weight, set by `begin`.
        var hoursPerFamily = 0.0
    }

    private let streams: UnitStreams
    private let lanes: UnsafeMutableBufferPointer<Lane>
    /// Families waiting, `window` slots per activity (the longest window), by months since due.
    private let waiting: UnsafeMutableBufferPointer<Int>
    private let window: Int
    private let tallies: UnsafeMutableBufferPointer<YearTally>

    /// Queues for the family activities of `workload`, drawing from `streams` and counting into
    /// `tallies` (which must outlive them).
    init(workload: WorkloadStandards, streams: UnitStreams, tallies: UnsafeMutableBufferPointer<YearTally>) {
        self.streams = streams
        self.tallies = tallies
        let activities = Activity.familyActivities
        lanes = .allocate(capacity: activities.count)
        for (index, activity) in activities.enumerated() {
            (lanes.baseAddress! + index).initialize(to: Lane(
                activity: activity, standard: workload.standard(for: activity),
                families: streams[.families(activity)], service: streams[.service(activity)]))
        }
        window = lanes.map(\.standard.windowMonths).max() ?? 1
        waiting = .allocate(capacity: activities.count * window)
        waiting.initialize(repeating: 0)
    }

    deinit {
        lanes.deallocate()
        waiting.deallocate()
    }

    /// Empties the queues and positions their streams for `trial` of the unit `subject`, whose
    /// families take `weight` times the standard hours.
    func begin(trial: Int, subject: UInt64, weight: Double) {
        for index in lanes.indices {
            streams.reset(.families(lanes[index].activity), trial: trial, subject: subject)
            streams.reset(.service(lanes[index].activity), trial: trial, subject: subject)
            lanes[index].hoursPerFamily = lanes[index].standard.hours * weight
        }
        waiting.update(repeating: 0)
    }

    /// The families of children born `dueAgeMonths` before `month` who accept each activity join
    /// its queue; their hours are added to `demanded`, and all those due count as eligible.
    @inline(__always)
    func admit(month: Int, births: UnsafeMutableBufferPointer<Int>, demanded: inout Double) {
        let year = UnitPlan.yearIndex(ofMonth: month)
        for index in lanes.indices {
            let lane = lanes[index]
            let born = month - lane.standard.dueAgeMonths
            guard born >= 0 else { continue }
            let accepted = lane.families.binomial(trials: births[born], probability: lane.standard.acceptance)
            queue(index)[0] = accepted
            demanded += Double(accepted) * lane.hoursPerFamily
            if tallies.indices.contains(year) { tallies[year].eligible[index] += births[born] }
        }
    }

    /// Spends `hours` on the families waiting for the activity at `index`, those whose window
    /// closes first first; with too few hours each waiting family is served with the share of
    /// hours there is.
    @inline(__always)
    func serve(_ index: Int, month: Int, hours: inout Double) {
        let lane = lanes[index]
        let perFamily = lane.hoursPerFamily
        let queue = queue(index)
        for age in stride(from: lane.standard.windowMonths - 1, through: 0, by: -1) {
            let count = queue[age]
            if count == 0 { continue }
            var visited = count
            let need = Double(count) * perFamily
            if hours < need {
                let affordable = Int(hours / perFamily)
                visited = min(affordable, lane.service.binomial(trials: count, probability: hours / need))
            }
            hours -= Double(visited) * perFamily
            queue[age] = count - visited
            let dueYear = UnitPlan.yearIndex(ofMonth: month - age)
            if tallies.indices.contains(dueYear) { tallies[dueYear].done[index] += visited }
        }
    }

    /// A month passes for the activity at `index`: families at the end of its window are missed.
    @inline(__always)
    func age(_ index: Int) {
        let queue = queue(index)
        for age in stride(from: lanes[index].standard.windowMonths - 1, to: 0, by: -1) { queue[age] = queue[age - 1] }
        queue[0] = 0
    }

    /// The queue of the activity at `index`: families waiting by months since due.
    @inline(__always)
    private func queue(_ index: Int) -> UnsafeMutablePointer<Int> { waiting.baseAddress! + index * window }
}
