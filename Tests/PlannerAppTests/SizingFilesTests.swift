@testable import ChildHealth
import TestSupport
import ResultFormat
import Testing
@testable import PlannerApp

/// Staffing advice as staffing.csv writes it, its notes, and the --targets list.
@Suite struct SizingFilesTests {
    @Test func anInfeasibleUnitsNoteSaysWhyAndWhatPoolingWouldDo() throws {
        let report = try Sizing.advise(Fixtures.smallRegion(trials: 200), request: SizingRequest(workers: 2))
        let row = try #require(SizingFiles.rows(report).first { $0.unit == "C" })
        #expect(!row.feasible && row.advisedFractions.isEmpty && row.advisedFTE == nil && row.advisedPersons == nil)
        #expect(row.note.contains("too few for even one nurse"))
        #expect(row.note.contains("pooled with B (the smallest unit in Växjö that makes it feasible)"))
        // One row per number of persons; C's first row carries its note, the others say why they fail.
        let rows = SizingFiles.rows(report).filter { $0.unit == "C" }
        #expect(rows.map(\.persons) == [1, 2, 3, 4, 5, 6] && rows.map(\.isAdviceRow) == [true, false, false, false, false, false])
        #expect(rows[1].note.hasPrefix("2 nurses would see fewer than 25 newborns each (P = "))
        #expect(StaffingRow.csv(SizingFiles.rows(report)).contains("\nC,2026,2026,1,,,"))
    }

    /// Advice for unit A of the small region with the given least FTE per number of persons.
    static func note(_ ftes: [Double?], doctors: DoctorAdvice) -> (persons: Int?, note: String) {
        let options = ftes.enumerated().map { index, fte in
            StaffingOption(persons: index + 1, limit: fte == nil ? .unmetAtFullTime : .met,
                           fractions: fte.map { SizingSplit.fractions(persons: index + 1, steps: Int(($0 / 0.05).rounded())) },
                           probabilities: [TargetProbability(indicator: .firstHomeVisit, probability: fte == nil ? 0.7 : 0.85)])
        }
        let request = SizingRequest()
        let advised = options.preferred(personCostFTE: request.personCostFTE)
        let advice = SizingAdvice(unit: "A", currentFTE: 2, currentPersons: 2, newborns: 110, ceiling: 55, options: options,
                                  advisedPersons: advised?.persons, probabilities: advised?.probabilities ?? [],
                                  needs: [YearNeed(year: 2026, newborns: 110, option: advised)], doctors: doctors,
                                  finding: .met(changeSteps: advised!.steps! - 40))
        let report = SizingReport(scenario: Fixtures.smallRegion(trials: 10), request: request, years: 2026...2026, advice: [advice])
        return (advised?.persons, SizingNotes(report: report).note(advice))
    }

    static let doctors = DoctorAdvice(current: 1, fraction: 0.2, hoursNeeded: 250, hoursPerDoctor: 264.5, fewest: 1, most: 3,
                                      probability: 0.9, shareWith: nil)

    @Test func theNoteSaysWhatAnExtraPersonWouldBuy() {
        let same = Self.note([nil, 2.0, 1.9], doctors: Self.doctors)
        #expect(same.persons == 2)
        #expect(same.note == "as now in FTE. 1 nurse does not meet every target even at full time (first_home_visit P = 0.7): "
            + "the FTE needs a second person. 3 persons need 1.90 FTE, 2 persons 2.00: the third person would spread the vacancy "
            + "risk but saves only 0.10 FTE, not more than the 0.1 FTE an extra person is taken to cost (assumption, --person-cost-fte). "
            + "doctors: 1–3 at 0.2 (now 1): 1 covers 250 doctor hours a year (3 visits per newborn in year 1 at 0.75 h each, "
            + "hours per visit an assumption), at most 3 keep ≥ 25 newborns each (P = 0.9)")
        let saving = Self.note([nil, 2.0, 1.85], doctors: Self.doctors)
        #expect(saving.persons == 3)
        #expect(saving.note.hasPrefix("−0.15 FTE against now. 2 persons need 2.00 FTE: the third person saves 0.15 FTE, "
            + "more than the 0.1 FTE an extra person is taken to cost (assumption, --person-cost-fte). doctors: "))
        let needed = Self.note([nil, nil, 2.1], doctors: Self.doctors)
        #expect(needed.note.hasPrefix("+0.1 FTE against now. 2 nurses do not meet every target even at full time "
            + "(first_home_visit P = 0.7): the FTE needs a third person. doctors: "))
    }

    @Test func aMissIsNeverRoundedUpToTheConfidence() {
        #expect(SizingNotes.probability(0.795, confidence: 0.8) == "0.795")
        #expect(SizingNotes.probability(0.7999, confidence: 0.8) == "0.799")
        #expect(SizingNotes.probability(0.79, confidence: 0.8) == "0.79")
        #expect(SizingNotes.probability(0.805, confidence: 0.8) == "0.81")
    }

    @Test func doctorNotesGiveTheRangeOrWhomToShareWith() {
        var share = Self.doctors
        share.most = 0
        share.probability = 0.3
        share.shareWith = "B"
        #expect(Self.note([1.0], doctors: share).note.hasSuffix(
            ". doctors: even one sees fewer than 25 newborns (P = 0.3): share a doctor with B (now 1)"))
        var tight = Self.doctors
        tight.fewest = 2
        tight.most = 1
        #expect(Self.note([1.0], doctors: tight).note.hasSuffix(
            ". doctors: 250 doctor hours a year (3 visits per newborn in year 1 at 0.75 h each, hours per visit an assumption) "
            + "need 2 at 0.2, but at most 1 keep ≥ 25 newborns each (P = 0.9): 1 at 0.2 or more would do both (now 1)"))
    }

    @Test func fractionsAreWrittenWithOneOrTwoDecimals() {
        #expect(FieldValue.fractions([1.0, 0.75, 0.5]).csvText == "1.0;0.75;0.5")
    }

    @Test func targetsAreReadByTheirIdentifiers() throws {
        #expect(try SizingTargets.parse("first_home_visit, epds,first_home_visit") == [.firstHomeVisit, .epds])
        #expect {
            try SizingTargets.parse("first_home_vist")
        } throws: { error in
            let failure = error as? CommandFailure
            return failure?.status == 2 && failure?.message == "bhvplan: --targets: 'first_home_vist' is not a nurse target "
                + "(did you mean first_home_visit?); allowed: newborns_per_nurse_fte, newborns_per_nurse, first_home_visit, "
                + "eight_month_home_visit, parent_group, epds, partner_talk"
        }
        #expect(throws: CommandFailure.self) { try SizingTargets.parse("newborns_per_doctor") }
    }
}
