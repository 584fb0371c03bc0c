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
    /// Barn-HLR group sessions, where a scenario runs them (``BarnHLR``); a priority list may
    /// leave it out, and it then gets the hours last.
    case barnHLR = "barn_hlr"

    /// Default priority: core programme first, then talks, home visits, groups, extended visits.
    public static let defaultPriority: [Activity] = [
        .clinic, .epds, .partnerTalk, .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .extendedProgramme,
    ]

    /// Activities done once per family, whose coverage is a target.
    public static let familyActivities: [Activity] = [
        .firstHomeVisit, .eightMonthHomeVisit, .parentGroup, .epds, .partnerTalk,
    ]
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
        case .barnHLR: 7
        case .clinic: preconditionFailure("the clinic draws no random numbers of its own")
        }
    }
}
