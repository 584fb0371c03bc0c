/// How an indicator's value is read from a year's tally, with what can be looked up once per
/// run (a coverage's family activity position) looked up once, not for every value written.
enum IndicatorReading {
    case newborns
    case newbornsPerNurseFTE
    case newbornsPerNurse
    case newbornsPerDoctor
    case nurseFTEAvailable
    case nurseUtilisation
    /// Families served over families due, for the family activity at this position of
    /// `Activity.familyActivities`.
    case coverage(Int)
    case extOffered
    case extReached
    case extDeclined
    case extNotOffered
    case extDroppedOut
    case extInProgramme
    case extVisitsMissed
    /// Visits made of the programme visit at this position (0 = visit no. 1).
    case extVisit(Int)
    case barnHLR
    case hlrNotOffered
    case hlrOffered
    case hlrTookPart
    case hlrDeclined
    case hlrPartner

    /// The reading of `indicator`.
    init(_ indicator: Indicator) {
        func coverage(_ activity: Activity) -> IndicatorReading {
            .coverage(Activity.familyActivities.firstIndex(of: activity)!)
        }
        switch indicator {
        case .newborns: self = .newborns
        case .newbornsPerNurseFTE: self = .newbornsPerNurseFTE
        case .newbornsPerNurse: self = .newbornsPerNurse
        case .newbornsPerDoctor: self = .newbornsPerDoctor
        case .nurseFTEAvailable: self = .nurseFTEAvailable
        case .nurseUtilisation: self = .nurseUtilisation
        case .firstHomeVisit: self = coverage(.firstHomeVisit)
        case .eightMonthHomeVisit: self = coverage(.eightMonthHomeVisit)
        case .parentGroup: self = coverage(.parentGroup)
        case .epds: self = coverage(.epds)
        case .partnerTalk: self = coverage(.partnerTalk)
        case .extOffered: self = .extOffered
        case .extReached: self = .extReached
        case .extDeclined: self = .extDeclined
        case .extNotOffered: self = .extNotOffered
        case .extDroppedOut: self = .extDroppedOut
        case .extInProgramme: self = .extInProgramme
        case .extVisitsMissed: self = .extVisitsMissed
        case .extVisit1, .extVisit2, .extVisit3, .extVisit4, .extVisit5, .extVisit6:
            self = .extVisit(Indicator.extVisits.firstIndex(of: indicator)!)
        case .barnHLR: self = .barnHLR
        case .hlrNotOffered: self = .hlrNotOffered
        case .hlrOffered: self = .hlrOffered
        case .hlrTookPart: self = .hlrTookPart
        case .hlrDeclined: self = .hlrDeclined
        case .hlrPartner: self = .hlrPartner
        }
    }

    /// The value in `tally`; NaN where it is undefined (no nurse in post all year, no family
    /// due, no extended programme or no visit of that number in it, no Barn-HLR). `programmeVisits`
    /// is the number of visits of the extended programme counted in the tally (0: none), and
    /// `barnHLR` whether Barn-HLR is.
    @inline(__always)
    func value(in tally: YearTally, programmeVisits: Int, barnHLR: Bool) -> Double {
        func ratio(_ numerator: Double, _ denominator: Double) -> Double {
            denominator > 0 ? numerator / denominator : .nan
        }
        func programmeCount(_ count: Int) -> Double { programmeVisits > 0 ? Double(count) : .nan }
        func hlrCount(_ count: Int) -> Double { barnHLR ? Double(count) : .nan }
        let newborns = Double(tally.newborns)
        switch self {
        case .newborns: return newborns
        case .newbornsPerNurseFTE: return ratio(newborns, tally.nurseFTEMonths / 12)
        case .newbornsPerNurse: return ratio(newborns, Double(tally.nursePersonMonths) / 12)
        case .newbornsPerDoctor: return ratio(newborns, Double(tally.doctorPersonMonths) / 12)
        case .nurseFTEAvailable: return tally.availableFTEMonths / 12
        case .nurseUtilisation: return ratio(tally.hoursDemanded, tally.hoursAvailable)
        case .coverage(let index): return ratio(Double(tally.done[index]), Double(tally.eligible[index]))
        case .extOffered: return programmeCount(tally.extOffered)
        case .extReached: return programmeCount(tally.extReached)
        case .extDeclined: return programmeCount(tally.extDeclined)
        case .extNotOffered: return programmeCount(tally.extNotOffered)
        case .extDroppedOut: return programmeCount(tally.extDroppedOut)
        case .extInProgramme: return programmeCount(tally.extInProgramme)
        case .extVisitsMissed: return programmeCount(tally.extVisitsMissed)
        case .extVisit(let index): return index < programmeVisits ? Double(tally.extVisits[index]) : .nan
        case .barnHLR: return barnHLR ? ratio(Double(tally.hlrTookPart + tally.hlrPartner), Double(tally.hlrEligible)) : .nan
        case .hlrNotOffered: return hlrCount(tally.hlrEligible - tally.hlrOffered)
        case .hlrOffered: return hlrCount(tally.hlrOffered)
        case .hlrTookPart: return hlrCount(tally.hlrTookPart)
        case .hlrDeclined: return hlrCount(tally.hlrDeclined)
        case .hlrPartner: return hlrCount(tally.hlrPartner)
        }
    }
}
