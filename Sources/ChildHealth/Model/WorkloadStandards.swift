/// Nurse hours per child for every activity (WISN-style workload standards). Defaults from
/// Rikshandboken and the regions' programmes (sources in Model/Assumption.swift); the rest are assumptions
/// listed in the report.
public struct WorkloadStandards: Sendable, Equatable {
    /// Clinic programme hours per newborn over its first year (about 11 contacts).
    public var clinicHoursPerNewborn = 8.5
    /// Hours per child aged 1–5 and year (visits at 18 months, 2.5–3, 4 and 5 years).
    public var hoursPerChild1to5 = 0.9
    public var firstHomeVisit = FamilyActivityStandard(hours: 2.0, dueAgeMonths: 0, windowMonths: 2, acceptance: 0.97)
    public var eightMonthHomeVisit = FamilyActivityStandard(hours: 2.0, dueAgeMonths: 8, windowMonths: 2, acceptance: 0.95)
    public var epds = FamilyActivityStandard(hours: 0.75, dueAgeMonths: 1, windowMonths: 2, acceptance: 0.96)
    public var partnerTalk = FamilyActivityStandard(hours: 0.75, dueAgeMonths: 3, windowMonths: 3, acceptance: 0.93)
    /// Parent group: staff hours per session are shared by the families of a group.
    public var parentGroupSessions = 7.0
    public var parentGroupHoursPerSession = 2.5
    public var parentGroupFamilies = 6.0
    public var parentGroupTiming = FamilyActivityStandard(hours: 0, dueAgeMonths: 1, windowMonths: 2, acceptance: 0.80)
    /// The order in which a month's hours are spent.
    public var priority = Activity.defaultPriority

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// The standard for a family activity, with the parent group's hours per family worked out.
    public func standard(for activity: Activity) -> FamilyActivityStandard {
        switch activity {
        case .firstHomeVisit: return firstHomeVisit
        case .eightMonthHomeVisit: return eightMonthHomeVisit
        case .epds: return epds
        case .partnerTalk: return partnerTalk
        case .parentGroup:
            var group = parentGroupTiming
            group.hours = parentGroupSessions * parentGroupHoursPerSession / parentGroupFamilies
            return group
        case .clinic, .extendedProgramme, .barnHLR:
            preconditionFailure("\(activity) is not a once-per-family activity")
        }
    }
}
