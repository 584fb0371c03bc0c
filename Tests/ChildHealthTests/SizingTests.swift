import MonteCarlo
import TestSupport
import Testing
@testable import ChildHealth

@Suite struct SizingTests {
    /// One random unit of 90 newborns at CNI 1.0 (ceiling 55), under-staffed today.
    static func oneUnit(trials: Int = 200, seed: UInt64 = 5) -> Scenario {
        let staff = [Person(id: "N1", role: .nurse, fraction: 0.8), Person(id: "D1", role: .doctor, fraction: 0.2)]
        return Scenario(name: "one", units: [Unit(id: "U", name: "BVC U", municipality: "Växjö", cni: 1.0,
                                                  expectedNewborns: 90, staff: staff)],
                        startYear: 2026, horizon: 2, trials: trials, seed: seed)
    }

    @Test func splitsFillPersonsInOrderBetweenHalfAndFullTime() {
        #expect(SizingSplit.fractions(persons: 2, steps: 35) == [1.0, 0.75])
        #expect(SizingSplit.fractions(persons: 3, steps: 46) == [1.0, 0.8, 0.5])
        #expect(SizingSplit.persons(forSteps: 5) == nil)
        #expect(SizingSplit.persons(forSteps: 25) == 2)
    }

    @Test func higherConfidenceNeverAdvisesLessFTE() throws {
        let scenario = Self.oneUnit()
        var previous = 0.0
        for confidence in [0.5, 0.7, 0.8, 0.9, 0.95] {
            let report = try Sizing.advise(scenario, request: SizingRequest(confidence: confidence, workers: 2))
            let fte = try #require(report.advice[0].advisedFTE)
            #expect(fte >= previous, "confidence \(confidence): \(fte) FTE after \(previous)")
            previous = fte
        }
    }

    @Test func adviceRunBackThroughThePlannerMeetsTheTargets() throws {
        let scenario = Self.oneUnit(trials: 400)
        let request = SizingRequest(confidence: 0.8, workers: 2)
        let advice = try #require(try Sizing.advise(scenario, request: request).advice.first)
        let fractions = try #require(advice.fractions)
        var advised = scenario
        advised.units[0].staff = SizingProbe.nurses(fractions) + scenario.units[0].doctors

        // Same seed: the planner reproduces the probabilities the search saw, exactly.
        let same = try #require(Planner.run(advised, workers: 2))
        for target in advice.probabilities {
            #expect(same.aggregate(unit: "U", year: 2026, indicator: target.indicator)?.probabilityMet == target.probability)
        }
        // Another seed: each target is met at about the confidence, within Monte Carlo error.
        advised.seed = 99
        advised.trials = 1000
        let fresh = try #require(Planner.run(advised, workers: 2))
        let tolerance = 3 * (0.8 * 0.2 * (1.0 / 400 + 1.0 / 1000)).squareRoot()
        for indicator in request.targets {
            let pMeet = try #require(fresh.aggregate(unit: "U", year: 2026, indicator: indicator)?.probabilityMet)
            #expect(pMeet >= 0.8 - tolerance, "\(indicator): P(meet) \(pMeet)")
        }
    }

    /// The advice is the least FTE that meets every target: run back through the planner on the
    /// same seed (so the same trials), 0.05 FTE less misses a target whatever the headcount —
    /// the advised number of persons, one person fewer (at most full time each) or one more.
    @Test func adviceMinusOneStepOrOnePersonMissesATarget() throws {
        let scenario = Self.oneUnit()
        let request = SizingRequest(confidence: 0.8, workers: 2)
        let advice = try #require(try Sizing.advise(scenario, request: request).advice.first)
        let fractions = try #require(advice.fractions)
        let persons = fractions.count
        let steps = Int((fractions.reduce(0, +) / 0.05).rounded())
        func missesATarget(_ nurses: [Double]) throws -> Bool {
            var variant = scenario
            variant.units[0].staff = SizingProbe.nurses(nurses) + scenario.units[0].doctors
            let result = try #require(Planner.run(variant, workers: 2))
            return try request.targets.contains { indicator in
                try #require(result.aggregate(unit: "U", year: 2026, indicator: indicator)?.probabilityMet) < 0.8
            }
        }
        #expect(try !missesATarget(fractions), "the advice itself meets every target")
        var tried = 0
        for count in max(1, persons - 1)...(persons + 1) {
            // 0.05 FTE less than advised, split as the advice splits (every person 0.5–1.0 FTE,
            // filled in order); one person fewer gets at most full time each.
            let fewer = min(steps - 1, 20 * count)
            guard fewer >= 10 * count else { continue }
            let split = SizingSplit.fractions(persons: count, steps: fewer)
            #expect(try missesATarget(split), "\(split) (\(count) persons) should miss a target; advised \(fractions)")
            tried += 1
        }
        #expect(tried >= 2, "advice \(fractions): fewer FTE tried with at least two headcounts")
    }

    @Test func aSmallUnitIsInfeasibleAndPoolingIsShown() throws {
        let report = try Sizing.advise(Fixtures.smallRegion(trials: 200), request: SizingRequest(workers: 2))
        let small = try #require(report.advice.first { $0.unit == "C" })
        #expect(!small.feasible && small.advisedFTE == nil)
        guard case .floorConflict(persons: 1, pooling: .pooled(let pooled)) = small.finding else {
            Issue.record("C should be too small for even one nurse and pooled, got \(small.finding)")
            return
        }
        #expect(pooled.neighbour == "B" && pooled.municipality == "Växjö")
        #expect(small.probability(.newbornsPerNurse) < 0.8)
    }

    @Test func budgetNeverLowersAUnitsCoverage() throws {
        let scenario = Fixtures.smallRegion(trials: 200)
        let allocation = try Sizing.allocate(budgetFTE: 1.0, in: scenario, request: SizingRequest(workers: 2))
        #expect(!allocation.shares.isEmpty)
        #expect(allocation.expectedMetAfter > allocation.expectedMetBefore)
        let spent = allocation.shares.reduce(0) { $0 + $1.extraFTE }
        #expect(abs(spent + allocation.unallocatedFTE - 1.0) < 1e-9)
        for share in allocation.shares {
            let nurses = try #require(scenario.units.first { $0.id == share.unit }).nurses.count
            #expect(share.posts == Array(share.fractions.dropFirst(nurses)), "\(share.unit): the added persons are the posts")
            #expect(share.expectedMetAfter >= share.expectedMetBefore)
            for (indicator, before) in share.coverageBefore {
                #expect(try #require(share.coverageAfter[indicator]) >= before, "\(share.unit) \(indicator)")
            }
        }
    }

    /// Options for 1, 2, … persons with the given least FTE (nil: not feasible), split fill-first.
    static func options(_ ftes: [Double?]) -> [StaffingOption] {
        ftes.enumerated().map { index, fte in
            StaffingOption(persons: index + 1, limit: fte == nil ? .unmetAtFullTime : .met,
                           fractions: fte.map { SizingSplit.fractions(persons: index + 1, steps: Int(($0 / 0.05).rounded())) },
                           probabilities: [])
        }
    }

    @Test func fewerPersonsArePreferredUnlessTheExtraOneSavesMoreThanItsCost() {
        // The same least FTE with 2 and 3 persons: 2.
        #expect(Self.options([nil, 2.0, 2.0]).preferred(personCostFTE: 0.1)?.persons == 2)
        // A third person saving exactly the cost does not pay; saving more does.
        #expect(Self.options([nil, 2.0, 1.9]).preferred(personCostFTE: 0.1)?.persons == 2)
        #expect(Self.options([nil, 2.0, 1.85]).preferred(personCostFTE: 0.1)?.persons == 3)
        // Two extra persons must save twice the cost.
        #expect(Self.options([nil, nil, 3.0, 2.95, 2.85]).preferred(personCostFTE: 0.1)?.persons == 3)
        #expect(Self.options([nil, nil, 3.0, 2.95, 2.75]).preferred(personCostFTE: 0.1)?.persons == 5)
        // Without a person cost the least FTE wins, the fewest persons on a tie.
        #expect(Self.options([nil, 2.0, 1.95, 2.0]).preferred(personCostFTE: 0)?.persons == 3)
        #expect(Self.options([nil, nil, 2.5, 2.5]).preferred(personCostFTE: 0)?.persons == 3)
        #expect(Self.options([nil, nil]).preferred(personCostFTE: 0.1) == nil)
    }

    /// Every number of persons has its row; feasible rows lie between half and full time per
    /// person; more persons never need more FTE than fewer unless half time each forces it; once
    /// the 25-per-nurse floor fails it fails for every larger number.
    @Test func tradeOffRowsAreMonotone() throws {
        let advice = try #require(try Sizing.advise(Self.oneUnit(), request: SizingRequest(workers: 2)).advice.first)
        #expect(advice.options.map(\.fte) == [nil, nil, 1.9000000000000001, nil, nil, nil])
        #expect(advice.options.map(\.limit) == [.unmetAtFullTime, .unmetAtFullTime, .met, .belowFloor, .belowFloor, .belowFloor])
        #expect(advice.advisedPersons == 3)
        var previous: Int?
        var floorFailed = false
        for option in advice.options {
            if let steps = option.steps {
                #expect(steps >= 10 * option.persons && steps <= 20 * option.persons)
                if let previous { #expect(steps <= max(previous, 10 * option.persons), "\(option.persons) persons") }
                previous = steps
            }
            if floorFailed { #expect(option.limit == .belowFloor) }
            floorFailed = floorFailed || option.limit == .belowFloor
        }
    }

    /// Over 2026–2027 the advice meets every target in each year when run back through the
    /// planner on the same seed, its probabilities are the worst year's, and each year's own
    /// need is listed.
    @Test func adviceOverAPeriodMeetsTheTargetsInEachYear() throws {
        var scenario = Self.oneUnit()
        scenario.units[0].expectedNewborns = 110
        scenario.births.trendPerYear = -0.05
        let request = SizingRequest(confidence: 0.8, years: 2026...2027, workers: 2)
        let advice = try #require(try Sizing.advise(scenario, request: request).advice.first)
        let fractions = try #require(advice.fractions)
        #expect(advice.needs.map(\.year) == [2026, 2027])
        // 3 persons in each year on its own: 2.3 FTE in 2026, 2.2 in 2027; the period needs 2.3.
        #expect(advice.needs.map { $0.option?.fte } == [2.3000000000000003, 2.2])
        #expect(advice.needs.map { $0.option?.persons } == [3, 3] && fractions == [1.0, 0.8, 0.5])
        var advised = scenario
        advised.units[0].staff = SizingProbe.nurses(fractions) + scenario.units[0].doctors
        let result = try #require(Planner.run(advised, workers: 2))
        for target in advice.probabilities {
            let each = try [2026, 2027].map { year in
                try #require(result.aggregate(unit: "U", year: year, indicator: target.indicator)?.probabilityMet)
            }
            #expect(each.allSatisfy { $0 >= 0.8 }, "\(target.indicator): \(each)")
            #expect(each.min() == target.probability)
        }
    }

    @Test func doctorsGetARangeAndATooSmallUnitANeighbourToShareWith() throws {
        let report = try Sizing.advise(Fixtures.smallRegion(trials: 200), request: SizingRequest(workers: 2))
        let doctors = report.advice.map(\.doctors)
        #expect(doctors.map(\.fewest) == [2, 1, 1])
        #expect(doctors.map(\.most) == [4, 2, 0])
        #expect(doctors.map(\.shareWith) == [nil, nil, "B"])
        #expect(doctors.map(\.probability) == [0.86, 1.0, 0.345])
        // Over 2026–2028 (births falling 2% a year) the range must hold in every year.
        let period = try Sizing.advise(Fixtures.smallRegion(trials: 200),
                                       request: SizingRequest(years: 2026...2028, workers: 2)).advice.map(\.doctors)
        // The same headcounts here, with the worst year's (lower) probabilities.
        #expect(period.map(\.most) == [4, 2, 0] && period.map(\.fewest) == [2, 1, 1])
        #expect(period.map(\.probability) == [0.8, 0.995, 0.265])
    }

    /// New posts only once the part-time nurses are at full time, in the fewest persons.
    @Test func budgetPostsToAdvertiseComeAfterRaises() throws {
        let unit = try #require(Fixtures.smallRegion(trials: 10).units.first { $0.id == "B" })  // nurses 1.0 and 0.6
        #expect(Sizing.newPosts(unit, extra: 8) == [])
        #expect(Sizing.newPosts(unit, extra: 23) == [0.75])
        #expect(Sizing.newPosts(unit, extra: 38) == [1.0, 0.5])
        #expect(Sizing.budgetStaff(unit, extra: 23).filter { $0.role == .nurse }.map(\.fraction) == [1.0, 1.0, 0.75])
    }

    @Test func requestsOutsideTheScenarioAreRefused() {
        #expect(throws: SizingProblem.self) { try Sizing.advise(Self.oneUnit(), request: SizingRequest(years: 2031...2031)) }
    }
}
