import Testing
@testable import ChildHealth

/// The family queues on their own: families join when due, are served as hours allow, and are
/// counted by the year they fell due (FamilyQueues.swift).
@Suite struct FamilyQueuesTests {
    /// Runs ten births a month through two projected years with `hours` for each activity each
    /// month, every family accepting, and returns families due and served per year and activity.
    func run(hoursPerActivity hours: Double) -> (eligible: [[Int]], done: [[Int]]) {
        run { _ in hours }
    }

    /// As ``run(hoursPerActivity:)``, with `hours(month)` for each activity in `month`, and
    /// `births(month)` children born in `month` (ten by default).
    func run(births birthsIn: (Int) -> Int = { _ in 10 }, hours: (Int) -> Double) -> (eligible: [[Int]], done: [[Int]]) {
        var workload = WorkloadStandards()
        workload.firstHomeVisit.acceptance = 1
        workload.eightMonthHomeVisit.acceptance = 1
        workload.epds.acceptance = 1
        workload.partnerTalk.acceptance = 1
        workload.parentGroupTiming.acceptance = 1
        // The burn-in year, two projected years, and the months the last December's families
        // still have in their windows.
        let longestWindow = Activity.familyActivities.map { workload.standard(for: $0).windowMonths }.max() ?? 1
        let months = UnitPlan.reportedMonthCount(horizon: 2) + longestWindow - 1
        let tallies = YearTallies(years: 2)
        let queues = FamilyQueues(workload: workload, months: months, streams: UnitStreams(seed: 1), tallies: tallies)
        let births = UnsafeMutableBufferPointer<Int>.allocate(capacity: months)
        let demanded = UnsafeMutableBufferPointer<Double>.allocate(capacity: months)
        defer { births.deallocate(); demanded.deallocate() }
        for month in births.indices { births[month] = birthsIn(month) }
        demanded.initialize(repeating: 0)
        queues.begin(trial: 0, subject: 0, weight: 1)
        queues.admit(births: births.baseAddress!, demanded: demanded.baseAddress!, moves: nil)
        for month in 0..<months {
            for index in Activity.familyActivities.indices {
                var left = hours(month)
                queues.serve(index, month: month, hours: &left)
            }
        }
        let activities = Activity.familyActivities.indices
        return (tallies.byYear.map { tally in activities.map { tally.eligible[$0] } },
                tallies.byYear.map { tally in activities.map { tally.done[$0] } })
    }

    /// With hours to spare every family due is served, in the year it fell due, the last year's
    /// too; families due after the projected years are not counted.
    @Test func ampleHoursServeEveryFamily() {
        let (eligible, done) = run(hoursPerActivity: 1e9)
        #expect(eligible == done)
        #expect(eligible == Array(repeating: Array(repeating: 120, count: Activity.familyActivities.count), count: 2))
    }

    /// Without hours nobody is served, yet the families due still count as eligible.
    @Test func noHoursServeNobody() {
        let (eligible, done) = run(hoursPerActivity: 0)
        #expect(done.allSatisfy { $0.allSatisfy { $0 == 0 } })
        #expect(eligible[0] == Array(repeating: 120, count: Activity.familyActivities.count))
    }

    /// A family due in December may be visited in January, inside its window, and counts as
    /// served in December's year; a family whose window has passed is missed. Hours only in
    /// January of the second projected year (month 24): of the first home visit (due at birth,
    /// window 2 months) the families due in December and in January are served, ten each; of the
    /// partner talk (window 3 months) also those due in November.
    @Test func decemberFamiliesAreServedInJanuaryAndCountInTheirYear() throws {
        let (_, done) = run { $0 == 24 ? 1e9 : 0 }
        let firstVisit = try #require(Activity.familyActivities.firstIndex(of: .firstHomeVisit))
        let partnerTalk = try #require(Activity.familyActivities.firstIndex(of: .partnerTalk))
        #expect(done.map { $0[firstVisit] } == [10, 10])
        #expect(done.map { $0[partnerTalk] } == [20, 10])
    }

    /// Hours too few for every family waiting go first to those whose window closes first: with
    /// hours for exactly ten first home visits in January of the second projected year (month 24)
    /// and none in any other month, the ten families due in December (in the last month of their
    /// window) are served and the ten due in January are not.
    @Test func scarceHoursGoFirstToTheFamiliesWhoseWindowClosesFirst() throws {
        let tenVisits = 10 * WorkloadStandards().firstHomeVisit.hours
        let (_, done) = run { $0 == 24 ? tenVisits : 0 }
        let firstVisit = try #require(Activity.familyActivities.firstIndex(of: .firstHomeVisit))
        #expect(done.map { $0[firstVisit] } == [10, 0])
    }

    /// Families left waiting in a month without hours are served the next month with hours,
    /// inside their window, and a queue emptied that way starts again from its newly due
    /// families: with no hours in even months and ample hours in odd ones every family due is
    /// served (the month without backlog serves only the newly due; this checks that a month
    /// with backlog is never taken for one).
    @Test func familiesLeftWaitingAreServedWhenHoursReturn() {
        let (eligible, done) = run { $0 % 2 == 0 ? 0 : 1e9 }
        #expect(eligible == Array(repeating: Array(repeating: 120, count: Activity.familyActivities.count), count: 2))
        #expect(done == eligible)
    }

    /// A family falls due at the child's age in months given by the standard: children born only
    /// in December of the first projected year (month 23) are due for the first home visit (at
    /// birth) and EPDS (at 1 month) in that December and that January; they count in the year
    /// they fell due.
    @Test func familiesFallDueAtTheirAge() throws {
        let (eligible, _) = run(births: { $0 == 23 ? 10 : 0 }, hours: { _ in 1e9 })
        let firstVisit = try #require(Activity.familyActivities.firstIndex(of: .firstHomeVisit))
        let epds = try #require(Activity.familyActivities.firstIndex(of: .epds))
        #expect(eligible.map { $0[firstVisit] } == [10, 0])
        #expect(eligible.map { $0[epds] } == [0, 10])
    }
}
