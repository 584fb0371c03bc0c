extension UncertainAssumption {
    /// Every uncertain assumption the scenario model has, in the order of the assumptions list:
    /// births, staffing, workload (each family activity's hours and acceptance), CNI weight.
    /// Source ranges are those the assumptions list (Model/Assumption.swift) cites.
    public static let catalogue: [UncertainAssumption] = births + staffing + workload + [
        UncertainAssumption("cni_policy.weight_slope", .nonNegative,
                            read: { $0.cniPolicy.weightSlope }, write: { $0.cniPolicy.weightSlope = $1 }),
    ]

    /// The assumption named `name` in scenario files, if the catalogue has it.
    public static func named(_ name: String) -> UncertainAssumption? { catalogue.first { $0.name == name } }

    private static let births: [UncertainAssumption] = [
        UncertainAssumption("births.trend_per_year", NumberRange(lower: -0.5, upper: 0.5),
                            source: (-0.03, -0.02, "SCB: births fell about 2–3% a year 2021–2024"),
                            read: { $0.births.trendPerYear }, write: { $0.births.trendPerYear = $1 }),
        // The dispersion in force is each unit's CV (fitted from the region's history where it
        // has one): the value named is the scenario's, and a variant scales every unit's CV by
        // the same factor, or sets it where the scenario's is 0.
        UncertainAssumption("births.rate_cv", NumberRange(lower: 0, upper: 1),
                            read: { $0.birthDispersion?.rateCV ?? $0.births.rateCV },
                            write: { scenario, value in
                                let current = scenario.birthDispersion?.rateCV ?? scenario.births.rateCV
                                for index in scenario.units.indices {
                                    let own = scenario.units[index].birthRateCV ?? scenario.births.rateCV
                                    scenario.units[index].birthRateCV = current > 0 ? own * value / current : value
                                }
                                scenario.births.rateCV = value
                            }),
    ]

    private static let staffing: [UncertainAssumption] = [
        UncertainAssumption("staffing.hours_per_fte_year", NumberRange(lower: 0, upper: 8784, lowerOpen: true),
                            read: { $0.staffing.hoursPerFTEYear }, write: { $0.staffing.hoursPerFTEYear = $1 }),
        UncertainAssumption("staffing.vacation_days", NumberRange(lower: 0, upper: 100),
                            source: (25, 32, "25–32 days a year"),
                            read: { $0.staffing.vacationDays }, write: { $0.staffing.vacationDays = $1 }),
        UncertainAssumption("staffing.sick_leave_mean", NumberRange(lower: 0, upper: 1, upperOpen: true),
                            source: (0.057, 0.071, "regions 2019–2021: 5.7–7.1%"),
                            read: { $0.staffing.sickLeaveMean }, write: { $0.staffing.sickLeaveMean = $1 }),
        UncertainAssumption("staffing.sick_leave_cv", NumberRange(lower: 0, upper: 10),
                            read: { $0.staffing.sickLeaveCV }, write: { $0.staffing.sickLeaveCV = $1 }),
        UncertainAssumption("staffing.long_leave_per_year", .share,
                            read: { $0.staffing.longLeavePerYear }, write: { $0.staffing.longLeavePerYear = $1 }),
        UncertainAssumption("staffing.long_leave_mean_months", NumberRange(lower: 1, upper: 60),
                            read: { $0.staffing.longLeaveMeanMonths }, write: { $0.staffing.longLeaveMeanMonths = $1 }),
        UncertainAssumption("staffing.turnover_per_year", NumberRange(lower: 0, upper: 1, upperOpen: true),
                            read: { $0.staffing.turnoverPerYear }, write: { $0.staffing.turnoverPerYear = $1 }),
        UncertainAssumption("staffing.vacancy_mean_months", NumberRange(lower: 1, upper: 60),
                            read: { $0.staffing.vacancyMeanMonths }, write: { $0.staffing.vacancyMeanMonths = $1 }),
        UncertainAssumption("staffing.programme_share", .fraction,
                            read: { $0.staffing.programmeShare }, write: { $0.staffing.programmeShare = $1 }),
    ]

    private static let workload: [UncertainAssumption] = [
        UncertainAssumption("workload.clinic_hours_per_newborn", .nonNegative,
                            read: { $0.workload.clinicHoursPerNewborn }, write: { $0.workload.clinicHoursPerNewborn = $1 }),
        UncertainAssumption("workload.hours_per_child_1_5", .nonNegative,
                            read: { $0.workload.hoursPerChild1to5 }, write: { $0.workload.hoursPerChild1to5 = $1 }),
    ] + familyActivity("first_home_visit", \.firstHomeVisit)
        + familyActivity("eight_month_home_visit", \.eightMonthHomeVisit)
        + familyActivity("epds", \.epds)
        + familyActivity("partner_talk", \.partnerTalk)
        + [
            UncertainAssumption("workload.parent_group.hours_per_session", .nonNegative,
                                read: { $0.workload.parentGroupHoursPerSession }, write: { $0.workload.parentGroupHoursPerSession = $1 }),
            UncertainAssumption("workload.parent_group.acceptance", .share,
                                read: { $0.workload.parentGroupTiming.acceptance }, write: { $0.workload.parentGroupTiming.acceptance = $1 }),
        ]

    /// A family activity's hours and acceptance.
    private static func familyActivity(_ field: String, _ standard: WritableKeyPath<WorkloadStandards, FamilyActivityStandard> & Sendable)
        -> [UncertainAssumption] {
        [
            UncertainAssumption("workload.\(field).hours", .nonNegative,
                                read: { $0.workload[keyPath: standard].hours }, write: { $0.workload[keyPath: standard].hours = $1 }),
            UncertainAssumption("workload.\(field).acceptance", .share,
                                read: { $0.workload[keyPath: standard].acceptance },
                                write: { $0.workload[keyPath: standard].acceptance = $1 }),
        ]
    }
}
