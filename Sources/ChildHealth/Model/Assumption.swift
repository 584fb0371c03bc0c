/// One assumption in force for a run, printed with the results so that every number can be
/// traced to where it came from.
public struct Assumption: Sendable, Equatable {
    public var name: String
    public var value: String
    public var source: String

    /// An assumption: its name in scenario files, its value as text, and where the value comes from.
    public init(_ name: String, _ value: String, _ source: String) {
        self.name = name
        self.value = value
        self.source = source
    }
}

extension Scenario {
    /// Every default and setting in force, with its source (the source documents by title, or "assumption").
    public var assumptions: [Assumption] {
        func number(_ value: Double) -> String { formatNumber(value) }
        func list(_ values: [Double]) -> String { values.map(number).joined(separator: " ") }
        let steps = cniPolicy.steps.map { $0.upTo.isFinite ? "≤\(number($0.upTo)): \(number($0.ceiling))" : "above: \(number($0.ceiling))" }
        let kronoberg = "Region Kronoberg, Planering och uppföljning av barnhälsovårdens verksamhet (key figures)"
        var rows: [Assumption] = [
            Assumption("targets.newborns_per_nurse", number(targets.newbornsPerNurse), "\(kronoberg): ≥ 25 newborns per nurse"),
            Assumption("targets.newborns_per_doctor", number(targets.newbornsPerDoctor), "\(kronoberg): ≥ 25 newborns per doctor"),
            Assumption("targets.first_home_visit", number(targets.firstHomeVisit), "\(kronoberg): ≥ 90%"),
            Assumption("targets.eight_month_home_visit", number(targets.eightMonthHomeVisit), "\(kronoberg): ≥ 90%"),
            Assumption("targets.parent_group", number(targets.parentGroup), "\(kronoberg): ≥ 75%"),
            Assumption("targets.epds", number(targets.epds), "\(kronoberg): 90%"),
            Assumption("targets.partner_talk", number(targets.partnerTalk), "\(kronoberg): 90%"),
            Assumption("cni_policy.ceilings", steps.joined(separator: "; "), "55 per FTE from Kronoberg, lowered at high CNI (steps: assumption; Kalmar ran 43)"),
            Assumption("cni_policy.weight", "1 + \(number(cniPolicy.weightSlope)) × (CNI − \(number(cniPolicy.weightFrom))), at most \(number(cniPolicy.weightCap))", "assumption: hours per child rise with CNI"),
            Assumption("births.trend_per_year", number(births.trendPerYear), "SCB: births fell about 2–3% a year 2021–2024"),
            Assumption("births.rate_cv", number(births.rateCV), birthDispersion == nil
                       ? "assumption: no unit has three years of history to fit it from"
                       : "assumption; a unit without history gets at least the fitted CV below"),
            Assumption("births.randomness", births.randomness.rawValue, "model: gamma–Poisson (negative binomial) annual counts"),
            Assumption("births.seasonality", list(births.seasonality), "SCB: mild peak May–August"),
            Assumption("staffing.hours_per_fte_year", number(staffing.hoursPerFTEYear), "WISN literature: 1,872 contract hours"),
            Assumption("staffing.vacation_days", number(staffing.vacationDays), "25–32 days a year"),
            Assumption("staffing.vacation_profile", list(staffing.vacationProfile), "mostly in July (assumption)"),
            Assumption("staffing.sick_leave_mean", number(staffing.sickLeaveMean), "regions 2019–2021: 5.7–7.1%"),
            Assumption("staffing.sick_leave_cv", number(staffing.sickLeaveCV), "assumption: month-to-month variation of sickness"),
            Assumption("staffing.long_leave_per_year", number(staffing.longLeavePerYear), "assumption: parental and long-term leave"),
            Assumption("staffing.long_leave_mean_months", number(staffing.longLeaveMeanMonths), "assumption"),
            Assumption("staffing.turnover_per_year", number(staffing.turnoverPerYear), "assumption: share of persons leaving a year"),
            Assumption("staffing.vacancy_mean_months", number(staffing.vacancyMeanMonths), "assumption: months before a post is refilled"),
            Assumption("staffing.programme_share", number(staffing.programmeShare), "assumption: share of available hours for the programme"),
            Assumption("workload.clinic_hours_per_newborn", number(workload.clinicHoursPerNewborn), "regional programmes: ~11 scheduled contacts in year 1"),
            Assumption("workload.hours_per_child_1_5", number(workload.hoursPerChild1to5), "visits at 18 m, 2.5–3, 4 and 5 years (assumption on hours)"),
        ]
        for activity in Activity.familyActivities {
            let standard = workload.standard(for: activity)
            rows.append(Assumption("workload.\(activity.rawValue)",
                                   "\(number(standard.hours)) h, due at \(standard.dueAgeMonths) months, window \(standard.windowMonths) months, acceptance \(number(standard.acceptance))",
                                   activity == .firstHomeVisit ? "Rikshandboken: ~1 h on site plus travel (travel and acceptance: assumption)" : "assumption"))
        }
        if let fit = birthDispersion {
            rows.insert(Assumption("births.rate_cv_fitted", number(fit.rateCV),
                                   "fitted to the region's births history \(fit.years.lowerBound)–\(fit.years.upperBound): \(fit.units) units, "
                                   + "each about its own linear trend, extra-Poisson variance pooled over \(fit.degreesOfFreedom) degrees of freedom (method of moments)"),
                        at: rows.firstIndex { $0.name == "births.rate_cv" }! + 1)
        }
        if let target = targets.barnHLR {
            rows.insert(Assumption("targets.barn_hlr", number(target), "set in the scenario: no source sets a target for Barn-HLR"),
                        at: rows.firstIndex { $0.name == "targets.partner_talk" }! + 1)
        }
        rows.append(Assumption("workload.priority", workload.priority.map(\.rawValue).joined(separator: " > "), "core programme first (assumption)"))
        for (index, intervention) in interventions.enumerated() {
            switch intervention.kind {
            case .extendedProgramme(let programme): rows += programme.assumptions(path: "interventions[\(index)]")
            case .barnHLR(let training): rows += training.assumptions(path: "interventions[\(index)]")
            default: break
            }
        }
        return rows
    }
}

extension ExtendedProgramme {
    /// Folkhälsomyndigheten and Socialstyrelsen's learning examples, by title.
    static let learningExamples = "Folkhälsomyndigheten and Socialstyrelsen, 24 lärande exempel från barnhälsovården"
    /// Västra Götalandsregionen's decision on the programme's KVÅ codes, by title.
    static let kvaDecision = "Västra Götalandsregionen, dnr RS 2024-00668, Beslut om regionala KVÅ-koder för utökade hembesök BHV"

    /// The programme's settings as assumptions under `path` (the intervention's place in the
    /// scenario file), each with its source where it is the default, else as set in the scenario.
    func assumptions(path: String) -> [Assumption] {
        let defaults = ExtendedProgramme()
        func row(_ field: String, _ value: String, isDefault: Bool, _ source: String) -> Assumption {
            Assumption("\(path).\(field)", value, isDefault ? source : "set in the scenario")
        }
        return [
            row("visit_ages", scheduleText, isDefault: visits == defaults.visits,
                "\(Self.learningExamples): Rinkeby 6 visits over 15 months (Örebro 5; Torvalla 4 at about 2 weeks, 2, 8 and 15 months); "
                + "even spacing: assumption; a visit at age a falls in month ⌊a⌋ of life"),
            row("hours_per_visit", formatNumber(hoursPerVisit), isDefault: hoursPerVisit == defaults.hoursPerVisit,
                "assumption: nurse hours per home visit incl. travel"),
            row("clinic_share", formatNumber(clinicShare), isDefault: clinicShare == defaults.clinicShare,
                "assumption: every visit at home (\(Self.learningExamples): some Rinkeby-model units make 15–20% at the clinic)"),
            row("clinic_hours_per_visit", formatNumber(clinicHoursPerVisit), isDefault: clinicHoursPerVisit == defaults.clinicHoursPerVisit,
                "assumption: a clinic visit without travel"),
            row("target_group", firstTimeParentsOnly ? "first_time_parents" : "all", isDefault: firstTimeParentsOnly == defaults.firstTimeParentsOnly,
                "\(Self.learningExamples): the Rinkeby model is for first-time parents"),
            row("offer_rate", formatNumber(offerRate), isDefault: offerRate == defaults.offerRate,
                "assumption: the rest are not offered, e.g. newly moved in (UX293)"),
            row("accept_rate", formatNumber(acceptRate), isDefault: acceptRate == defaults.acceptRate,
                "assumption: \"Rinkeby: 95% take part\" is often quoted but in no source held here; the rest decline (UX284)"),
            row("drop_out_per_visit", formatNumber(dropOutPerVisit), isDefault: dropOutPerVisit == defaults.dropOutPerVisit,
                "assumption: families leaving before a visit, moved away or declining further visits (UX294)"),
            Assumption("\(path).counting", "UX273–UX278 visits made, UX284 declined, UX293 not offered, UX294 left",
                       "\(Self.kvaDecision): a visit the unit cannot make is no UX294; the family stays"),
        ]
    }
}
