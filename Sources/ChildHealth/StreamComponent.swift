/// The stochastic components of a unit, each with its own random stream per trial, so that a
/// change to one (say, more staff) leaves the numbers every other one sees untouched.
enum StreamComponent: UInt64 {
    case births = 1
    case moves = 2
    case staff = 3
    case firstTimeParents = 4
    case clinic = 10
    case epds = 11
    case partnerTalk = 12
    case firstHomeVisit = 13
    case eightMonthHomeVisit = 14
    case parentGroup = 15
    case extendedProgramme = 16

    init(_ activity: Activity) {
        switch activity {
        case .clinic: self = .clinic
        case .epds: self = .epds
        case .partnerTalk: self = .partnerTalk
        case .firstHomeVisit: self = .firstHomeVisit
        case .eightMonthHomeVisit: self = .eightMonthHomeVisit
        case .parentGroup: self = .parentGroup
        case .extendedProgramme: self = .extendedProgramme
        }
    }
}
