import MonteCarlo

/// Barn-HLR in the unit being simulated, for a unit that runs it: each month the families
/// falling due are offered the training or not, do it with a partner organisation, decline, or
/// accept and wait for a place in a group session for the training's window, oldest first; with
/// too few hours each waiting family gets the share there is. Families are counted by the year
/// they fell due, as the other family activities are. One worker allocates the queue once; the
/// unit's trial starts it afresh (`begin`).
final class BarnHLRSessions {
    /// Families waiting by months since due; one slot more than the longest window (12), so
    /// that `serve` can move each count on a month as it goes.
    private let waiting: UnsafeMutablePointer<Int>
    private static let slots = 13
    private let tallies: YearTallies
    /// The families' choices, and the sharing out of scarce hours among those waiting.
    private let streams: UnitStreams
    private let families: RandomGenerator
    private let service: RandomGenerator
    private var training = BarnHLR()
    private var firstDueMonth = Int.max
    private var hoursPerFamily = 0.0

    /// An empty queue drawing from `streams` and counting into `tallies` (which must outlive it).
    init(streams: UnitStreams, tallies: YearTallies) {
        waiting = .allocate(capacity: Self.slots)
        waiting.initialize(repeating: 0, count: Self.slots)
        self.streams = streams
        families = streams[.families(.barnHLR)]
        service = streams[.service(.barnHLR)]
        self.tallies = tallies
    }

    deinit { waiting.deallocate() }

    /// Empties the queue and positions its streams for `trial` of the unit `subject`, running
    /// `training` for the families due from `firstDueMonth`, who take `weight` times the
    /// standard hours.
    func begin(_ training: BarnHLR, firstDueMonth: Int, weight: Double, trial: Int, subject: UInt64) {
        streams.reset(.families(.barnHLR), trial: trial, subject: subject)
        streams.reset(.service(.barnHLR), trial: trial, subject: subject)
        self.training = training
        self.firstDueMonth = firstDueMonth
        hoursPerFamily = training.hoursPerFamily * weight
        waiting.update(repeating: 0, count: Self.slots)
    }

    /// The families of the children born `dueAgeMonths` before `month` fall due: their choices
    /// are drawn, those who accept join the queue, and the hours they will take are returned.
    /// Families whose infant has changed unit at a boundary change (`moves`) are the new unit's.
    func admit(month: Int, births: UnsafeMutableBufferPointer<Int>, moves: InfantMoves?) -> Double {
        let born = month - training.dueAgeMonths
        guard month >= firstDueMonth, born >= 0 else { return 0 }
        let due = moves.map { $0.listed(born: births[born], birthMonth: born, month: month) } ?? births[born]
        let offered = families.binomial(trials: due, probability: training.offerRate)
        let partner = families.binomial(trials: offered, probability: training.partnerShare)
        let accepted = families.binomial(trials: offered - partner, probability: training.acceptRate)
        let year = UnitPlan.yearIndex(ofMonth: month)
        if tallies.byYear.indices.contains(year) {
            tallies.byYear[year].hlrEligible += due
            tallies.byYear[year].hlrOffered += offered
            tallies.byYear[year].hlrPartner += partner
            tallies.byYear[year].hlrDeclined += offered - partner - accepted
        }
        waiting[0] = accepted
        return Double(accepted) * hoursPerFamily
    }

    /// Spends `hours` on the families waiting, those whose window closes first first (shared out
    /// at random when they are too few); then a month passes, and the families at the end of the
    /// window have been offered but not taken part.
    func serve(month: Int, hours: inout Double) {
        var age = training.windowMonths - 1
        while age >= 0 {
            let count = waiting[age]
            var left = 0
            if count != 0 {
                let visited = ScarceHours.visit(count, hoursEach: hoursPerFamily, hours: &hours, service: service)
                left = count - visited
                let year = UnitPlan.yearIndex(ofMonth: month - age)
                if tallies.byYear.indices.contains(year) { tallies.byYear[year].hlrTookPart += visited }
            }
            waiting[age + 1] = left
            age -= 1
        }
        waiting[0] = 0
    }
}
