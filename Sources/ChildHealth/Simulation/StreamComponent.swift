/// The stochastic components of a unit, each with its own random stream per trial, so that a
/// change to one (say, more staff) leaves the numbers every other one sees untouched. Families'
/// choices (acceptance, offer, drop-out) are kept apart from the draws that share out scarce
/// hours, so a scenario with more or fewer hours still sees the same families.
enum StreamComponent: UInt64 {
    case births = 1
    case moves = 2
    case staff = 3
    case firstTimeParents = 4
    case epds = 11
    case partnerTalk = 12
    case firstHomeVisit = 13
    case eightMonthHomeVisit = 14
    case parentGroup = 15
    case extendedProgramme = 16
    case epdsService = 21
    case partnerTalkService = 22
    case firstHomeVisitService = 23
    case eightMonthHomeVisitService = 24
    case parentGroupService = 25
    case extendedProgrammeService = 26

    /// The families' own choices for a family activity (or the extended programme).
    init?(familiesOf activity: Activity) {
        switch activity {
        case .clinic: return nil
        case .epds: self = .epds
        case .partnerTalk: self = .partnerTalk
        case .firstHomeVisit: self = .firstHomeVisit
        case .eightMonthHomeVisit: self = .eightMonthHomeVisit
        case .parentGroup: self = .parentGroup
        case .extendedProgramme: self = .extendedProgramme
        }
    }

    /// Which waiting families get the hours when there are too few.
    init?(serviceOf activity: Activity) {
        guard let families = StreamComponent(familiesOf: activity) else { return nil }
        self.init(rawValue: families.rawValue + 10)
    }
}
