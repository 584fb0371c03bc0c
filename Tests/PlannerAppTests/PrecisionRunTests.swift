import ChildHealth
import TestSupport
import ResultFormat
import Testing
@testable import PlannerApp

/// Runs to a precision: the files of a run of the trials they took, for any worker count.
@Suite struct PrecisionRunTests {
    static func files(_ result: RunResult) -> String {
        let rows = RunFiles.resultRows(result)
        return ResultRow.csv(rows) + ResultRow.json(rows) + FanRow.csv(RunFiles.fanRows(result))
    }

    /// The run grows past its first stage and its pilot (2,000 trials), and its files are those of
    /// a run of the trials it reports, for 1 and 2 workers; it stops once precise enough.
    @Test func aRunToAPrecisionIsTheRunOfTheTrialsItTook() throws {
        let goal = PrecisionGoal(precision: 0.012, mostTrials: 20_000, indicators: [.firstHomeVisit])
        for workers in [1, 2] {
            let grown = try #require(Planner.run(Fixtures.smallRegion(), workers: workers, precision: goal))
            let outcome = try #require(grown.precision)
            #expect(outcome.trials > 2_000)
            #expect(outcome.isReached)
            #expect(grown.scenario.trials == outcome.trials)
            let fixed = try #require(Planner.run(Fixtures.smallRegion(trials: outcome.trials), workers: workers))
            #expect(Self.files(grown) == Self.files(fixed))
            let errors = RunFiles.resultRows(grown).filter { $0.indicator == "first_home_visit" }.compactMap(\.pMeetSE)
            #expect(!errors.isEmpty && errors.allSatisfy { $0 <= 0.012 })
        }
    }

    /// A goal out of reach stops at the most trials and says so.
    @Test func anUnreachedGoalStopsAtTheMostTrials() throws {
        let goal = PrecisionGoal(precision: 0.0001, mostTrials: 300)
        let result = try #require(Planner.run(Fixtures.smallRegion(), workers: 2, precision: goal))
        let outcome = try #require(result.precision)
        #expect(outcome.trials == 300)
        #expect(!outcome.isReached)
        #expect(PrecisionRequest.note(outcome).hasPrefix("Stopped at --max-trials 300: the largest standard error of a p_meet is "))
    }
}
