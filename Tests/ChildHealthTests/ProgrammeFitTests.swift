import Foundation
import Testing
import TestSupport
@testable import ChildHealth

/// The extended programme's offer, acceptance and drop-out per visit fitted from the families'
/// registrations (``ProgrammeFit``): exact on a few hand-made families, placed in the scenario's
/// programme interventions, and recovered within two standard errors from a follow-up synthesized
/// with known rates that differ from the defaults.
@Suite struct ProgrammeFitTests {
    /// Six families of 2025 at unit A: not offered (UX293); declined (UX284); all six visits;
    /// visits 1–2 then left; left before visit 1; visits 1 and 3 (2 missed), still in.
    static let registrations: [(child: String, codes: [String])] = [
        ("a", ["UX293"]), ("b", ["UX284"]), ("c", ["UX273", "UX274", "UX275", "UX276", "UX277", "UX278"]),
        ("d", ["UX273", "UX274", "UX294"]), ("e", ["UX294"]), ("f", ["UX273", "UX275"]),
    ]

    static func extract(year: Int = 2025) -> FollowUpExtract {
        var day = 0
        let rows = registrations.flatMap { family in
            family.codes.map { code in
                day += 1
                return Registration(child: family.child, born: YearMonth(year: year, month: 1),
                                    date: CalendarDay(year: year, month: 2 + day / 28, day: 1 + day % 28), code: code,
                                    unitOnNewYearsEve: "A", file: "reg.csv", line: day + 1)
            }
        }
        return FollowUpExtract(registrations: rows)
    }

    /// Offer 5 of 6 in the target group; acceptance 4 of 5 offered; drop-out 2 leavers of
    /// 6 + 3 + 1 + 3 = 13 chances (c had six visits, d two and left before the third, e left
    /// before the first, f had its third: a missed visit still was a chance to leave).
    @Test func tinyHandMadeFamiliesGiveExactShares() throws {
        let count = FollowUpCount(Self.extract(), codes: .kvaDefault)
        #expect(count.programmeFamilies.map(\.dropOutChances) == [0, 0, 6, 3, 1, 3])
        #expect(count.programmeFamilies.map(\.notOffered) == [true, false, false, false, false, false])
        let fit = try #require(ProgrammeFit(count.programmeFamilies))
        #expect(fit.offer == ProgrammeFit.Share(5, of: 6) && fit.offer?.value == 5.0 / 6)
        #expect(abs(try #require(fit.offer).standardError - (5.0 / 6 * 1 / 6 / 6).squareRoot()) < 1e-15)
        #expect(fit.acceptance?.value == 0.8 && fit.acceptance?.trials == 5)
        #expect(abs(try #require(fit.acceptance).standardError - 0.032.squareRoot()) < 1e-15)
        #expect(fit.dropOutPerVisit?.value == 2.0 / 13 && fit.dropOutPerVisit?.trials == 13)
        #expect(abs(try #require(fit.dropOutPerVisit).standardError - (2.0 / 13 * 11 / 13 / 13).squareRoot()) < 1e-15)
        #expect(fit.families == 6 && fit.unitYears == 1)
        #expect(ProgrammeFit([]) == nil)
        // Only families who were never offered: no acceptance or drop-out to fit, and said so.
        let notOffered = Calibration([], programme: [ProgrammeFamily(unit: "A", year: 2025, events: [.extendedNotOffered])])
        #expect(notOffered.programme?.offer?.value == 0 && notOffered.programme?.acceptance == nil)
        #expect(notOffered.notFitted.contains("interventions' accept_rate of the extended programme: no family offered"))
        #expect(notOffered.notFitted.contains("interventions' drop_out_per_visit of the extended programme: no family accepted"))
    }

    /// The fit goes to every extended-programme intervention by its place in the list, is what
    /// `apply` sets, and is left out for the years a backtest has not reached yet.
    @Test func theFitGoesToTheScenariosProgrammes() throws {
        var scenario = Fixtures.smallRegion()
        scenario.interventions = [
            Intervention(name: "More births", kind: .birthsShock(change: 0.1, months: nil), selector: UnitSelector(), start: YearMonth(year: 2026, month: 1)),
            Intervention(name: "Rinkeby", kind: .extendedProgramme(ExtendedProgramme()), selector: UnitSelector(cniAbove: 1.5),
                         start: YearMonth(year: 2026, month: 1)),
        ]
        let count = FollowUpCount(Self.extract(), codes: .kvaDefault)
        let calibration = Calibration(count.observations, programme: count.programmeFamilies)
        let fields = calibration.values(in: scenario).map(\.field)
        #expect(fields.suffix(3) == ["interventions[1].offer_rate", "interventions[1].accept_rate", "interventions[1].drop_out_per_visit"])
        let dropOut = try #require(calibration.values(in: scenario).last)
        #expect(dropOut.text == "0.1538" && dropOut.sample == "n=6 families, 1 unit-years, 13 chances in the share")
        #expect(Calibration.value(of: "interventions[1].accept_rate", in: scenario) == 0.95)
        let applied = calibration.apply(to: scenario)
        #expect(Calibration.value(of: "interventions[1].offer_rate", in: applied) == 5.0 / 6)
        #expect(Calibration.value(of: "interventions[1].accept_rate", in: applied) == 0.8)
        #expect(Calibration.value(of: "interventions[1].drop_out_per_visit", in: applied) == 2.0 / 13)
        #expect(Calibration.value(of: "interventions[0].offer_rate", in: applied) == nil)
        #expect(calibration.notFitted(in: scenario) == calibration.notFitted)

        scenario.interventions.removeLast()
        #expect(!calibration.values(in: scenario).contains { $0.field.hasPrefix("interventions") })
        #expect(calibration.notFitted(in: scenario).last?.hasPrefix("the extended programme's rates: the follow-up has its registrations") == true)
        #expect(Calibration(count.observations, programme: count.programmeFamilies, before: 2025).programme == nil)
    }

    /// The small region from 2022 with the programme at unit B (CNI 1.6, 200 newborns, 60%
    /// first-time parents), its rates far from the defaults: offer 0.7, acceptance 0.8, drop-out 0.1.
    static func programmeRegion(trials: Int = 1) -> Scenario {
        var scenario = Fixtures.smallRegion(trials: trials)
        var programme = ExtendedProgramme()
        programme.offerRate = 0.7
        programme.acceptRate = 0.8
        programme.dropOutPerVisit = 0.1
        scenario.startYear = 2022
        scenario.horizon = 4
        scenario.units[1].firstTimeShare = 0.6
        scenario.units[1].expectedNewborns = 200
        scenario.interventions = [Intervention(name: "Rinkeby", kind: .extendedProgramme(programme), selector: UnitSelector(cniAbove: 1.5),
                                               start: YearMonth(year: 2022, month: 1))]
        return scenario
    }

    /// A backtest calibrates each year's programme on the families born before it.
    @Test func theBacktestFitsTheProgrammeOnTheYearsBefore() throws {
        let scenario = Self.programmeRegion(trials: 20)
        let synthetic = try #require(SyntheticFollowUp(scenario: scenario, years: 2022...2025, seed: 5, workers: 2))
        let count = FollowUpCount(synthetic.extract, codes: .kvaDefault)
        let backtest = try #require(Backtest(scenario: scenario, observations: count.observations, programme: count.programmeFamilies,
                                             years: 2025...2025, trials: 20, workers: 1))
        let before = count.programmeFamilies.filter { $0.year < 2025 }
        #expect(before.count < count.programmeFamilies.count)
        #expect(backtest.calibrations[2025]?.programme == ProgrammeFit(before))
    }

    /// Rates far from the defaults (offer 0.7, acceptance 0.8, drop-out 0.1 per visit), three
    /// units of which one has the programme, four years: each is recovered within two SE, and the
    /// defaults (0.9, 0.95, 0.03) are not.
    @Test func aSynthesizedFollowUpGivesBackItsRatesWithinTwoStandardErrors() throws {
        let scenario = Self.programmeRegion()
        let synthetic = try #require(SyntheticFollowUp(scenario: scenario, years: 2022...2025, seed: 5, workers: 2))
        let count = FollowUpCount(synthetic.extract, codes: .kvaDefault)
        #expect(count.unmapped.isEmpty)
        #expect(Set(count.programmeFamilies.map(\.unit)) == ["B"], "only the unit above CNI 1.5 has the programme")
        let calibration = Calibration(count.observations, programme: count.programmeFamilies)
        let fitted = Dictionary(uniqueKeysWithValues: calibration.values(in: scenario).map { ($0.field, $0) })
        for (field, truth) in [("offer_rate", 0.7), ("accept_rate", 0.8), ("drop_out_per_visit", 0.1)] {
            let value = try #require(fitted["interventions[0].\(field)"])
            #expect(abs(value.value - truth) <= 2 * value.standardError, "\(field): \(value.value) (SE \(value.standardError)) vs \(truth)")
            // The defaults lie outside two SE, so the fit tells the rates from them.
            let defaults = Scenario(name: "defaults", units: [], startYear: 2022, horizon: 1, interventions: [
                Intervention(name: "Rinkeby", kind: .extendedProgramme(ExtendedProgramme()), selector: UnitSelector(), start: YearMonth(year: 2022, month: 1))])
            let standard = try #require(Calibration.value(of: "interventions[0].\(field)", in: defaults))
            #expect(abs(value.value - standard) > 2 * value.standardError, "\(field): \(value.value) vs the default \(standard)")
        }
        let other = try #require(SyntheticFollowUp(scenario: scenario, years: 2022...2025, seed: 5, workers: 1))
        #expect(other.extract == synthetic.extract, "1 and 2 workers give the same registrations")
    }
}
