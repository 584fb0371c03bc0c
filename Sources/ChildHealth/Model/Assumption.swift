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
        rows.append(Assumption("workload.priority", workload.priority.map(\.rawValue).joined(separator: " > "), "core programme first (assumption)"))
        return rows
    }
}
