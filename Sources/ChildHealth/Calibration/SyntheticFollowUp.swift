import Foundation
import MonteCarlo

/// A follow-up as a region's systems would export it — registrations, connections and staffing
/// reports — made up by simulating a scenario once with the planner's own model. Its parameters
/// are known, so calibration and backtests can be checked against the truth; nothing in it is
/// about real children.
///
/// One trial of the scenario over the years gives, per unit and year, the newborns, the coverage
/// of each family activity and the staffing ratios. Each newborn becomes a pseudonymous child
/// (`s000001`, …) born in a month of the year (the newborns spread over the months by the
/// scenario's seasonality), connected to its unit from its birth day and never moving; a random
/// choice of as many children as the coverage gives has the activity registered under the code
/// map's keyword, on the day the activity falls due; every child has its enrolment registered. The staffing report gives the nurse FTE and
/// persons and doctor persons in post that the trial's ratios imply. Where the scenario has an
/// extended programme, its registrations are drawn family by family with the programme's rates
/// (``SyntheticProgramme``).
public struct SyntheticFollowUp: Sendable {
    /// The registrations, connections and staffing reports.
    public var extract: FollowUpExtract
    /// The scenario as simulated: its start year and horizon the years made up.
    public var scenario: Scenario

    /// Days after birth on which the child is enrolled at its unit: a registration of the code
    /// map's first `ignore` code, so that a child with no activity is in the extract all the same.
    static let daysToEnrolment = 3
    /// Days after birth on which each activity is registered (within the activity's window).
    static let daysAfterBirth: [Activity: Int] = [
        .firstHomeVisit: 7, .epds: 45, .parentGroup: 60, .partnerTalk: 110, .eightMonthHomeVisit: 245,
    ]

    /// Simulates `scenario` once over `years` with `seed` and writes down what the registrations
    /// would show. The units' expected newborns are taken as those of the first year, and their
    /// birth histories are set aside so that the scenario's `births.rate_cv` applies to every unit.
    /// Nil when `codes` names no keyword for a family activity or no `ignore` code, or, for a unit
    /// with an extended programme, no code for one of its visits, the decline, not offered or leaving.
    public init?(scenario: Scenario, years: ClosedRange<Int>, seed: UInt64, codes: CodeMap = .kvaDefault, workers: Int) {
        var simulated = scenario
        simulated.startYear = years.lowerBound
        simulated.horizon = years.count
        simulated.trials = 1
        simulated.seed = seed
        for index in simulated.units.indices {
            simulated.units[index].history = [:]
            simulated.units[index].birthRateCV = nil
            simulated.units[index].plannedBirths = [:]
        }
        simulated.birthDispersion = nil
        var keywords: [Activity: String] = [:]
        for activity in Activity.familyActivities {
            guard let code = codes.events.filter({ $0.value == .activity(activity) }).keys.sorted().first else { return nil }
            keywords[activity] = code
        }
        guard let enrolment = codes.events.filter({ $0.value == .ignored }).keys.sorted().first,
              let run = Planner.run(simulated, workers: workers) else { return nil }
        self.scenario = simulated

        let calendar = Self.calendar
        var registrations: [Registration] = []
        var connections: [Connection] = []
        var staffing: [StaffingReport] = []
        var serial = 0
        let shares = simulated.births.monthShares
        let lastDay = calendar.date(from: DateComponents(year: years.upperBound, month: 12, day: 31))!
        for unit in simulated.units {
            let hasProgramme = simulated.interventions.contains { intervention in
                if case .extendedProgramme = intervention.kind { intervention.selector.selects(unit) } else { false }
            }
            let programme = SyntheticProgramme(scenario: simulated, unit: unit, codes: codes)
            if hasProgramme && programme == nil { return nil }
            for year in years {
                func value(_ indicator: Indicator) -> Double? {
                    guard let mean = run.aggregate(unit: unit.id, year: year, indicator: indicator)?.mean, mean.isFinite else { return nil }
                    return mean
                }
                let newborns = max(0, Int((value(.newborns) ?? 0).rounded()))
                staffing.append(Self.report(unit: unit, year: year, newborns: newborns, value: value))
                let months = Self.months(of: newborns, shares: shares)
                var children: [(id: String, birth: Date)] = []
                for (index, month) in months.enumerated() {
                    serial += 1
                    let day = 1 + Int(stableHash("\(unit.id)/\(year)/\(index)") % 28)
                    let birth = calendar.date(from: DateComponents(year: year, month: month, day: day))!
                    children.append((String(format: "s%06d", serial), birth))
                    connections.append(Connection(child: children.last!.id, unit: unit.id, from: Self.day(birth), to: nil))
                    let enrolled = calendar.date(byAdding: .day, value: Self.daysToEnrolment, to: birth)!
                    registrations.append(Registration(child: children.last!.id, born: YearMonth(year: year, month: month),
                                                      date: Self.day(enrolled), code: enrolment, unitOnNewYearsEve: unit.id, file: "", line: 0))
                }
                if let programme {
                    // A stream of its own, so that the other registrations are as without the programme.
                    let families = RandomStream(key: StreamKey(seed: seed, trial: 0, subject: stableHash("synthetic-programme:\(unit.id)"),
                                                               component: UInt64(year)))
                    withExtendedLifetime(families) {
                        for child in children {
                            registrations += programme.registrations(child: child.id, birth: child.birth, unit: unit.id, lastDay: lastDay,
                                                                     random: families.generator, calendar: calendar, day: Self.day)
                        }
                    }
                }
                for activity in Activity.familyActivities {
                    guard let indicator = Indicator(coverageOf: activity), let share = value(indicator) else { continue }
                    let done = min(newborns, max(0, Int((share * Double(newborns)).rounded())))
                    let stream = RandomStream(key: StreamKey(seed: seed, trial: 0, subject: stableHash("synthetic:\(unit.id)"),
                                                             component: UInt64(year) &* 16 &+ activity.streamNumber))
                    for index in Self.choice(done, of: newborns, stream.generator) {
                        let child = children[index]
                        let date = calendar.date(byAdding: .day, value: Self.daysAfterBirth[activity]!, to: child.birth)!
                        registrations.append(Registration(
                            child: child.id, born: YearMonth(year: year, month: calendar.component(.month, from: child.birth)),
                            date: Self.day(date), code: keywords[activity]!, unitOnNewYearsEve: unit.id, file: "", line: 0))
                    }
                }
            }
        }
        registrations.sort { ($0.date, $0.child, $0.code) < ($1.date, $1.child, $1.code) }
        extract = FollowUpExtract(registrations: registrations, connections: connections, staffing: staffing)
    }

    /// The staffing report the trial's ratios imply: newborns ÷ ratio, FTE to two decimals; where
    /// a ratio is undefined (no newborns), the unit's staff list as the scenario gives it.
    private static func report(unit: Unit, year: Int, newborns: Int, value: (Indicator) -> Double?) -> StaffingReport {
        func staff(_ indicator: Indicator) -> Double? {
            guard newborns > 0, let ratio = value(indicator), ratio > 0 else { return nil }
            return Double(newborns) / ratio
        }
        let fte = staff(.newbornsPerNurseFTE).map { ($0 * 100).rounded() / 100 } ?? unit.nurseFTE
        let nurses = staff(.newbornsPerNurse).map { max(1, Int($0.rounded())) } ?? unit.nurses.count
        let doctors = staff(.newbornsPerDoctor).map { max(1, Int($0.rounded())) } ?? unit.doctors.count
        return StaffingReport(unit: unit.id, year: year, nurseFTE: fte, nursePersons: nurses, doctorPersons: doctors, cni: unit.cni)
    }

    /// The birth month (1–12) of each of `count` newborns, spread over the months by `shares`
    /// with cumulative rounding.
    static func months(of count: Int, shares: [Double]) -> [Int] {
        var months: [Int] = []
        var cumulative = 0.0
        for (index, share) in shares.enumerated() {
            cumulative += share
            let upTo = index == shares.count - 1 ? count : Int((cumulative * Double(count)).rounded())
            while months.count < upTo { months.append(index + 1) }
        }
        return months
    }

    /// `count` distinct indices out of `0..<total`, chosen at random (partial Fisher–Yates), in
    /// increasing order.
    static func choice(_ count: Int, of total: Int, _ random: RandomGenerator) -> [Int] {
        var indices = Array(0..<total)
        for position in 0..<count {
            let pick = position + min(total - position - 1, Int(random.uniform() * Double(total - position)))
            indices.swapAt(position, pick)
        }
        return indices[0..<count].sorted()
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func day(_ date: Date) -> CalendarDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
