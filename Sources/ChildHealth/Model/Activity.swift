/// The nurse activities that compete for a unit's hours, in the order the model can rank them.
public enum Activity: String, Sendable, CaseIterable {
    /// The clinic programme in year 1 (about 11 contacts, vaccinations) and visits for
    /// children aged 1–5: not a coverage target, but it takes hours first by default.
    case clinic
    case epds
    case partnerTalk = "partner_talk"
    case firstHomeVisit = "first_home_visit"
    case eightMonthHomeVisit = "eight_month_home_visit"
    case parentGroup = "parent_group"
    case extendedProgramme = "extended_programme"

    /// Default priority: core programme first, then talks, home visits, groups, extended visits.
    public static let defaultPriority: [Activity] = [
        .clinic, .epds, .partnerTalk, .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .extendedProgramme,
    ]

    /// Activities done once per family, whose coverage is a target.
    public static let familyActivities: [Activity] = [
        .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
    ]
}

/// Hours, timing and acceptance of one activity that each family is offered once.
public struct FamilyActivityStandard: Sendable, Equatable {
    /// Nurse hours per family at CNI weight 1 (on site, travel and documentation).
    public var hours: Double
    /// Child's age in months when the activity is due.
    public var dueAgeMonths: Int
    /// Months the activity may be done in, starting with the due month; after that it is missed.
    public var windowMonths: Int
    /// Share of families offered the activity that accept it.
    public var acceptance: Double

    /// A FamilyActivityStandard with the given fields.
    public init(hours: Double, dueAgeMonths: Int, windowMonths: Int, acceptance: Double) {
        self.hours = hours
        self.dueAgeMonths = dueAgeMonths
        self.windowMonths = windowMonths
        self.acceptance = acceptance
    }
}

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
        case .clinic, .extendedProgramme:
            preconditionFailure("\(activity) is not a once-per-family activity")
        }
    }
}

extension Activity {
    /// The activity's number in its random streams' keys (StreamComponent.swift): 1–9, one per
    /// activity that draws random numbers. Never change or reuse one: every result drawn from it
    /// would change. The clinic draws none.
    var streamNumber: UInt64 {
        switch self {
        case .epds: 1
        case .partnerTalk: 2
        case .firstHomeVisit: 3
        case .eightMonthHomeVisit: 4
        case .parentGroup: 5
        case .extendedProgramme: 6
        case .clinic: preconditionFailure("the clinic draws no random numbers of its own")
        }
    }
}
