/// Extra nurse FTE spread over a region's units, greedily by marginal gain.
public struct BudgetAllocation: Sendable {
    /// One unit's share of the budget.
    public struct Share: Sendable {
        public var unit: String
        public var extraFTE: Double
        /// The unit's nurse fractions after the addition (existing nurses first).
        public var fractions: [Double]
        /// The new posts to advertise (the added persons' fractions; existing part-time nurses
        /// are raised first, which needs no recruiting).
        public var posts: [Double]
        /// Expected number of the chosen targets met at this unit, before and after.
        public var expectedMetBefore: Double
        public var expectedMetAfter: Double
        /// Mean coverage of each family activity before and after, by indicator.
        public var coverageBefore: [Indicator: Double]
        public var coverageAfter: [Indicator: Double]
    }

    /// Size of each greedy step, in FTE (a new person's first step is half time).
    public static let stepFTE = 0.25

    public var budgetFTE: Double
    /// FTE each new person was charged (``SizingRequest/personCostFTE``).
    public var personCostFTE: Double
    /// Units given extra FTE, in the scenario's order.
    public var shares: [Share]
    /// Expected number of (unit, target) pairs met in the region, before and after, out of `pairs`.
    public var expectedMetBefore: Double
    public var expectedMetAfter: Double
    public var pairs: Int
    /// FTE left over because no step of it raised the expected number of pairs met.
    public var unallocatedFTE: Double
}

extension Sizing {
    /// Spreads `budgetFTE` extra nurse FTE over the units of `scenario` to raise the expected
    /// number of (unit, target) pairs met in the request's first year: each step (0.25 FTE, or
    /// what is left; half time when it starts a new person) goes to the unit where it raises the
    /// expected pairs met most per FTE, a step that starts a new person counted as the person
    /// cost more FTE (so a raise of a part-time nurse wins a tie against a new post), as long as
    /// the gain is positive and no coverage mean of that unit falls. Existing part-time nurses are raised towards full time first, then new nurses
    /// are added. Every candidate runs on the scenario's seed, so gains are on common random numbers.
    public static func allocate(budgetFTE: Double, in scenario: Scenario,
                                request: SizingRequest) throws(SizingProblem) -> BudgetAllocation {
        let yearIndex = try request.validate(against: scenario).lowerBound
        guard budgetFTE.isFinite, SizingSplit.steps(budgetFTE) >= 1 else {
            throw SizingProblem("--budget-fte must be at least \(formatNumber(SizingSplit.step)) (got \(formatNumber(budgetFTE)))")
        }
        let probe = SizingProbe(scenario: scenario, yearIndex: yearIndex, workers: request.workers, isCancelled: request.isCancelled)
        let coverage = Activity.familyActivities.compactMap(Indicator.init(coverageOf:))
        func expectedMet(_ outcome: StaffingOutcome) -> Double {
            request.targets.reduce(0) { $0 + outcome.probability($1) }
        }
        func means(_ outcome: StaffingOutcome) -> [Indicator: Double] {
            Dictionary(uniqueKeysWithValues: coverage.compactMap { indicator in
                outcome.aggregates[indicator].flatMap { $0.count > 0 ? (indicator, $0.mean) : nil }
            })
        }
        let units = scenario.units
        let before = units.map { probe.evaluate(unit: $0.id, staff: $0.staff) }
        var current = before
        var extra = Array(repeating: 0, count: units.count)
        var candidates: [(extra: Int, outcome: StaffingOutcome)?] = Array(repeating: nil, count: units.count)
        var remaining = SizingSplit.steps(budgetFTE)
        let step = SizingSplit.steps(BudgetAllocation.stepFTE)
        let personCostSteps = request.personCostFTE / SizingSplit.step

        while remaining > 0 {
            var best: (unit: Int, gainPerStep: Double)?
            for index in units.indices {
                let next = nextExtra(units[index], from: extra[index], step: min(step, remaining))
                guard next - extra[index] <= remaining else { continue }
                if candidates[index]?.extra != next {
                    let staff = budgetStaff(units[index], extra: next)
                    candidates[index] = (next, probe.evaluate(unit: units[index].id, staff: staff))
                }
                let outcome = candidates[index]!.outcome
                let gain = expectedMet(outcome) - expectedMet(current[index])
                let now = means(current[index])
                let keepsCoverage = means(outcome).allSatisfy { indicator, mean in mean >= (now[indicator] ?? mean) }
                let newPersons = newPosts(units[index], extra: next).count - newPosts(units[index], extra: extra[index]).count
                let gainPerStep = gain / (Double(next - extra[index]) + personCostSteps * Double(newPersons))
                if gain > 0, keepsCoverage, gainPerStep > best?.gainPerStep ?? 0 { best = (index, gainPerStep) }
            }
            guard let best, let chosen = candidates[best.unit] else { break }
            remaining -= chosen.extra - extra[best.unit]
            extra[best.unit] = chosen.extra
            current[best.unit] = chosen.outcome
        }

        let shares = units.indices.filter { extra[$0] > 0 }.map { index in
            BudgetAllocation.Share(
                unit: units[index].id, extraFTE: SizingSplit.fte(extra[index]),
                fractions: current[index].staff.filter { $0.role == .nurse }.map(\.fraction),
                posts: newPosts(units[index], extra: extra[index]),
                expectedMetBefore: expectedMet(before[index]), expectedMetAfter: expectedMet(current[index]),
                coverageBefore: means(before[index]), coverageAfter: means(current[index]))
        }
        if request.isCancelled?() == true { throw .stopped }
        return BudgetAllocation(budgetFTE: SizingSplit.fte(SizingSplit.steps(budgetFTE)), personCostFTE: request.personCostFTE,
                                shares: shares,
                                expectedMetBefore: before.reduce(0) { $0 + expectedMet($1) },
                                expectedMetAfter: current.reduce(0) { $0 + expectedMet($1) },
                                pairs: units.count * request.targets.count, unallocatedFTE: SizingSplit.fte(remaining))
    }

    /// Grid steps free below full time among the unit's nurses.
    static func headroom(_ unit: Unit) -> Int {
        unit.nurses.reduce(0) { $0 + max(0, SizingSplit.fullTime - SizingSplit.steps($1.fraction)) }
    }

    /// The unit's extra after one more step of `step` grid steps from `extra`; a step that would
    /// start a new nurse below half time is widened to half time.
    static func nextExtra(_ unit: Unit, from extra: Int, step: Int) -> Int {
        let headroom = headroom(unit)
        var next = extra + step
        if next > headroom && next - headroom < SizingSplit.leastFraction { next = headroom + SizingSplit.leastFraction }
        return next
    }

    /// The fractions of the new nurses `extra` grid steps add to the unit, fewest persons (none
    /// while its part-time nurses can take the steps).
    static func newPosts(_ unit: Unit, extra: Int) -> [Double] {
        let left = extra - min(extra, headroom(unit))
        // ``nextExtra(_:from:step:)`` never leaves less than half time for new nurses.
        return left > 0 ? SizingSplit.fractions(persons: SizingSplit.persons(forSteps: left)!, steps: left) : []
    }

    /// The unit's staff with `extra` grid steps added: part-time nurses raised towards full time
    /// in list order, the rest as new nurses (`budget-N1`, …, see ``newPosts(_:extra:)``).
    static func budgetStaff(_ unit: Unit, extra: Int) -> [Person] {
        var left = extra
        let staff = unit.staff.map { person -> Person in
            guard person.role == .nurse, left > 0 else { return person }
            var raised = person
            let added = min(left, max(0, SizingSplit.fullTime - SizingSplit.steps(person.fraction)))
            guard added > 0 else { return person }
            raised.fraction = SizingSplit.fte(SizingSplit.steps(person.fraction) + added)
            left -= added
            return raised
        }
        return staff + SizingProbe.nurses(newPosts(unit, extra: extra), prefix: "budget-N")
    }
}
