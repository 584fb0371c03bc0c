import Foundation
import MonteCarlo

/// The extended programme's registrations of a synthetic follow-up (``SyntheticFollowUp``), drawn
/// family by family with the programme's own rates: a family in the target group (a first-time
/// parent with the unit's first-time share, or every family) born from the programme's start is
/// offered it (else UX293 not offered), accepts (else UX284 declined), and before each visit
/// leaves with the drop-out chance (UX294, on the day the visit was due) or has the visit
/// (UX273–UX278). Every visit due is made: the synthetic units have the hours. Nothing dated after
/// the last year is registered, so the youngest families are still in the programme.
struct SyntheticProgramme {
    var programme: ExtendedProgramme
    /// The first month of birth the programme is offered to.
    var start: YearMonth
    var firstTimeShare: Double
    /// The codes registered: each visit's by its number, the decline, not offered and leaving.
    var visitCodes: [Int: String]
    var declined: String
    var notOffered: String
    var left: String

    /// Days after birth on which the offer (or the decline, or that none was made) is registered.
    static let daysToOffer = 7
    /// Days in a month of age, for the date a visit at an age in months falls due.
    static let daysPerMonth = 30.44

    /// The programme of `scenario` at `unit` with its start, and the codes of `codes`; nil when the
    /// unit has no programme, or the map lacks a code the programme's registrations need.
    init?(scenario: Scenario, unit: Unit, codes: CodeMap) {
        let found = scenario.interventions.lazy.compactMap { intervention -> (ExtendedProgramme, YearMonth)? in
            guard case .extendedProgramme(let programme) = intervention.kind, intervention.selector.selects(unit) else { return nil }
            return (programme, intervention.start)
        }.first
        guard let (programme, start) = found else { return nil }
        func code(_ event: FollowUpEvent) -> String? { codes.events.filter { $0.value == event }.keys.sorted().first }
        var visitCodes: [Int: String] = [:]
        for number in 1...programme.visits.count { visitCodes[number] = code(.extendedVisit(number)) }
        guard visitCodes.count == programme.visits.count, let declined = code(.extendedDeclined),
              let notOffered = code(.extendedNotOffered), let left = code(.extendedLeft) else { return nil }
        self.programme = programme
        self.start = start
        firstTimeShare = unit.firstTimeShare
        self.visitCodes = visitCodes
        self.declined = declined
        self.notOffered = notOffered
        self.left = left
    }

    /// The registrations of a child born on `birth` at `unit`, nothing after `lastDay`.
    func registrations(child: String, birth: Date, unit: String, lastDay: Date, random: RandomGenerator,
                       calendar: Calendar, day: (Date) -> CalendarDay) -> [Registration] {
        let parts = calendar.dateComponents([.year, .month], from: birth)
        let born = YearMonth(year: parts.year!, month: parts.month!)
        guard born >= start else { return [] }
        if programme.firstTimeParentsOnly && random.uniform() >= firstTimeShare { return [] }
        let offered = random.uniform() < programme.offerRate
        let accepted = offered && random.uniform() < programme.acceptRate
        func date(_ daysAfterBirth: Int) -> Date { calendar.date(byAdding: .day, value: daysAfterBirth, to: birth)! }
        func registration(_ code: String, daysAfterBirth: Int) -> Registration {
            Registration(child: child, born: born, date: day(date(daysAfterBirth)), code: code, unitOnNewYearsEve: unit, file: "", line: 0)
        }
        guard date(Self.daysToOffer) <= lastDay else { return [] }
        guard accepted else { return [registration(offered ? declined : notOffered, daysAfterBirth: Self.daysToOffer)] }
        var registered: [Registration] = []
        for (index, visit) in programme.visits.enumerated() {
            let due = Self.daysToOffer + Int((visit.ageMonths * Self.daysPerMonth).rounded())
            guard date(due) <= lastDay else { break }
            if random.uniform() < programme.dropOutPerVisit {
                registered.append(registration(left, daysAfterBirth: due))
                break
            }
            registered.append(registration(visitCodes[index + 1]!, daysAfterBirth: due))
        }
        return registered
    }
}
