/// What a follow-up says about a scenario's assumptions: the births' trend and variation pooled
/// over the region (``BirthTrendFit``), each family activity's acceptance (``AcceptanceFit``) and
/// the extended programme's offer, acceptance and drop-out (``ProgrammeFit``), with standard
/// errors, and what could not be fitted and why.
public struct Calibration: Sendable, Equatable {
    public var births: BirthTrendFit?
    public var acceptances: [AcceptanceFit]
    /// Nil when no family has a registration of the extended programme.
    public var programme: ProgrammeFit?
    /// What the follow-up could not fit, each with the reason; the scenario keeps its value.
    public var notFitted: [String]
    /// The years of the observations used.
    public var years: ClosedRange<Int>?

    /// Fits to `observations` and the programme's `families` (as ``FollowUpCount`` gives them) of
    /// the years before `before`, or of every year when nil.
    public init(_ observations: [Observation], programme families: [ProgrammeFamily] = [], before: Int? = nil) {
        let used = observations.filter { observation in before.map { observation.year < $0 } ?? true }
        years = used.map(\.year).min().map { $0...used.map(\.year).max()! }
        births = BirthTrendFit(newborns: used.filter { $0.indicator == .newborns }
            .map { (unit: $0.unit, year: $0.year, count: Int($0.value.rounded())) })
        acceptances = Activity.familyActivities.compactMap { AcceptanceFit($0, observations: used) }
        programme = ProgrammeFit(families.filter { family in before.map { family.year < $0 } ?? true })
        var notFitted: [String] = []
        if births == nil { notFitted.append("births trend and variation: no unit has newborns in two years") }
        for activity in Activity.familyActivities where !acceptances.contains(where: { $0.activity == activity }) {
            notFitted.append("\(Self.field(activity)): no unit-year with a staffing report had ample nurse hours "
                             + "(newborns per nurse FTE at most \(FittedValue.short(AcceptanceFit.ampleShareOfCeiling * 100))% of the ceiling)")
        }
        notFitted.append("staffing.sick_leave_mean and the other absence parameters: the staffing report holds nurse posts and "
                         + "persons, not absence")
        if let programme {
            for (name, share, whom) in [("offer_rate", programme.offer, "in the target group"), ("accept_rate", programme.acceptance, "offered"),
                                        ("drop_out_per_visit", programme.dropOutPerVisit, "accepted")] where share == nil {
                notFitted.append("interventions' \(name) of the extended programme: no family \(whom)")
            }
        }
        self.notFitted = notFitted
    }

    /// The fitted values, births first.
    public var values: [FittedValue] {
        var values: [FittedValue] = []
        if let births {
            let sample = "n=\(births.observations) unit-years, \(births.units) units, \(births.years.lowerBound)–\(births.years.upperBound)"
            values.append(FittedValue(field: "births.trend_per_year", value: births.trendPerYear, standardError: births.trendStandardError,
                                      method: "Poisson regression of newborns on year with a level per unit, SE from the Fisher "
                                          + "information scaled by the Pearson dispersion, delta method", sample: sample))
            values.append(FittedValue(field: "births.rate_cv", value: births.rateCV, standardError: births.rateCVStandardError,
                                      method: "method of moments on the regression's residuals (Var = mu + CV^2 mu^2), "
                                          + "weights mu^2, delta method", sample: sample))
        }
        for fit in acceptances {
            values.append(FittedValue(field: Self.field(fit.activity), value: fit.acceptance, standardError: fit.standardError,
                                      method: "binomial share in unit-years with ample nurse hours (newborns per nurse FTE at most "
                                          + "\(FittedValue.short(AcceptanceFit.ampleShareOfCeiling * 100))% of the ceiling)",
                                      sample: "n=\(fit.children) newborns, \(fit.unitYears) unit-years"))
        }
        return values
    }

    /// The fitted values for `scenario`: ``values``, then the programme's rates for each of its
    /// extended-programme interventions (the same pooled fit for each).
    public func values(in scenario: Scenario) -> [FittedValue] {
        guard let programme else { return values }
        let sample = "n=\(programme.families) families, \(programme.unitYears) unit-years"
        var fitted = values
        for index in Self.programmeIndices(scenario) {
            let rates: [(String, ProgrammeFit.Share?, String, String)] = [
                ("offer_rate", programme.offer, "families", "binomial share: offered (a visit, UX284 or UX294) of offered + not offered (UX293)"),
                ("accept_rate", programme.acceptance, "families", "binomial share: offered families without a decline (UX284)"),
                ("drop_out_per_visit", programme.dropOutPerVisit, "chances",
                 "binomial share: families that left (UX294) of the chances to leave, one before each visit had and "
                     + "one before the visit left instead (maximum likelihood of a constant chance per visit)"),
            ]
            for case let (name, share?, trials, method) in rates {
                fitted.append(FittedValue(field: "interventions[\(index)].\(name)", value: share.value, standardError: share.standardError,
                                          method: method + ", pooled over every unit with the programme",
                                          sample: sample + ", \(share.trials) \(trials) in the share"))
            }
        }
        return fitted
    }

    /// ``notFitted``, and the programme's registrations when `scenario` has no programme to fit.
    public func notFitted(in scenario: Scenario) -> [String] {
        guard programme != nil, Self.programmeIndices(scenario).isEmpty else { return notFitted }
        return notFitted + ["the extended programme's rates: the follow-up has its registrations, but the scenario no "
                            + "extended_home_visits intervention to carry them"]
    }

    /// The positions of `scenario`'s extended-programme interventions in its list.
    static func programmeIndices(_ scenario: Scenario) -> [Int] {
        scenario.interventions.indices.filter { if case .extendedProgramme = scenario.interventions[$0].kind { true } else { false } }
    }

    /// `scenario` with the fitted values in place of its assumptions.
    public func apply(to scenario: Scenario) -> Scenario {
        var result = scenario
        if let births {
            result.births.trendPerYear = births.trendPerYear
            result.births.rateCV = births.rateCV
        }
        for fit in acceptances { result.workload.setAcceptance(fit.acceptance, of: fit.activity) }
        if let programme {
            for index in Self.programmeIndices(result) {
                guard case .extendedProgramme(var fitted) = result.interventions[index].kind else { continue }
                fitted.offerRate = programme.offer?.value ?? fitted.offerRate
                fitted.acceptRate = programme.acceptance?.value ?? fitted.acceptRate
                fitted.dropOutPerVisit = programme.dropOutPerVisit?.value ?? fitted.dropOutPerVisit
                result.interventions[index].kind = .extendedProgramme(fitted)
            }
        }
        return result
    }

    /// `scenario` calibrated and set to project `year` alone, as it would have been from the data
    /// before it: each fitted unit expects the newborns the fit carries to `year`, with a CV that
    /// adds the fit's own uncertainty (``BirthTrendFit/projectionCV(unit:year:)``); birth
    /// histories and planned births are set aside.
    public func projection(of scenario: Scenario, year: Int) -> Scenario {
        var result = apply(to: scenario)
        result.startYear = year
        result.horizon = 1
        result.birthDispersion = nil
        for index in result.units.indices {
            let id = result.units[index].id
            result.units[index].history = [:]
            result.units[index].plannedBirths = [:]
            result.units[index].birthRateCV = births?.projectionCV(unit: id, year: year)
            if let expected = births?.expected(unit: id, year: year) { result.units[index].expectedNewborns = expected }
        }
        return result
    }

    /// What `scenario` says for a field that calibration fits, nil for any other field.
    public static func value(of field: String, in scenario: Scenario) -> Double? {
        switch field {
        case "births.trend_per_year": return scenario.births.trendPerYear
        case "births.rate_cv": return scenario.births.rateCV
        default:
            if let programme = programmeRate(field, in: scenario) { return programme }
            return Activity.familyActivities.first { self.field($0) == field }.map { scenario.workload.standard(for: $0).acceptance }
        }
    }

    /// The rate `interventions[i].offer_rate` (`accept_rate`, `drop_out_per_visit`) names, when
    /// intervention i is an extended programme.
    private static func programmeRate(_ field: String, in scenario: Scenario) -> Double? {
        for index in programmeIndices(scenario) {
            guard case .extendedProgramme(let programme) = scenario.interventions[index].kind else { continue }
            switch field {
            case "interventions[\(index)].offer_rate": return programme.offerRate
            case "interventions[\(index)].accept_rate": return programme.acceptRate
            case "interventions[\(index)].drop_out_per_visit": return programme.dropOutPerVisit
            default: continue
            }
        }
        return nil
    }

    /// The scenario field of an activity's acceptance.
    static func field(_ activity: Activity) -> String { "workload.\(activity.rawValue).acceptance" }
}

extension WorkloadStandards {
    /// Sets the share of families that accept `activity` (a family activity).
    mutating func setAcceptance(_ acceptance: Double, of activity: Activity) {
        switch activity {
        case .firstHomeVisit: firstHomeVisit.acceptance = acceptance
        case .eightMonthHomeVisit: eightMonthHomeVisit.acceptance = acceptance
        case .epds: epds.acceptance = acceptance
        case .partnerTalk: partnerTalk.acceptance = acceptance
        case .parentGroup: parentGroupTiming.acceptance = acceptance
        case .clinic, .extendedProgramme, .barnHLR: break
        }
    }
}
