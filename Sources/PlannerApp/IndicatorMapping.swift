import ChildHealth
import ResultFormat

/// The one mapping between the domain's indicators and their identifiers in the result files.
/// An indicator added to the domain is a compile error here until it has an identifier.
extension IndicatorID {
    init(_ indicator: Indicator) {
        self = switch indicator {
        case .newborns: .newborns
        case .newbornsPerNurseFTE: .newbornsPerNurseFTE
        case .newbornsPerNurse: .newbornsPerNurse
        case .newbornsPerDoctor: .newbornsPerDoctor
        case .nurseFTEAvailable: .nurseFTEAvailable
        case .nurseUtilisation: .nurseUtilisation
        case .firstHomeVisit: .firstHomeVisit
        case .eightMonthHomeVisit: .eightMonthHomeVisit
        case .parentGroup: .parentGroup
        case .epds: .epds
        case .partnerTalk: .partnerTalk
        case .extOffered: .extOffered
        case .extReached: .extReached
        case .extDeclined: .extDeclined
        case .extNotOffered: .extNotOffered
        case .extDroppedOut: .extDroppedOut
        case .extInProgramme: .extInProgramme
        case .extVisitsMissed: .extVisitsMissed
        case .extVisit1: .extVisit1
        case .extVisit2: .extVisit2
        case .extVisit3: .extVisit3
        case .extVisit4: .extVisit4
        case .extVisit5: .extVisit5
        case .extVisit6: .extVisit6
        case .barnHLR: .barnHLR
        case .hlrNotOffered: .hlrNotOffered
        case .hlrOffered: .hlrOffered
        case .hlrTookPart: .hlrTookPart
        case .hlrDeclined: .hlrDeclined
        case .hlrPartner: .hlrPartner
        }
    }
}

extension Indicator {
    /// The identifier the result files and messages use.
    var id: String { IndicatorID(self).rawValue }

    /// The domain indicator of a result-file identifier.
    init?(id: String) {
        guard let indicator = Indicator.allCases.first(where: { $0.id == id }) else { return nil }
        self = indicator
    }
}

extension CellKey.Place {
    /// The unit column of a result row: the unit's id, or ``RegionUnit/id``.
    var unitID: String {
        switch self {
        case .unit(let id): id
        case .region: RegionUnit.id
        }
    }
}

extension CellKey {
    /// The unit column of a result row (see ``CellKey/Place/unitID``).
    var unitID: String { place.unitID }

    /// The indicator column of a result row: the indicator's id, or `units_meeting_…`.
    var indicatorID: String {
        switch measure {
        case .indicator(let indicator): indicator.id
        case .unitsMeeting(let indicator): IndicatorID(indicator).unitsMeeting
        }
    }
}
