import Foundation
import MonteCarlo

/// Everything about one unit that does not change between trials, worked out once per run:
/// expected births and children month by month, each person's employment month by month, the
/// extended programme's months, and the unit's targets. Months count from January of the year
/// before the start year (a burn-in year that fills the queues and is not reported).
struct UnitPlan: Sendable {
    /// A person's employment fraction per month (0 = not employed that month).
    struct PersonPlan: Sendable {
        var id: String
        var role: Person.Role
        var fractions: [Double]
        var streamSubject: UInt64
        /// For a post an intervention creates: the month it is created, the mean months it
        /// stays vacant first, and the share of capacity in the first months at work.
        var postStart = -1
        var fillDelayMean = 0.0
        var startupShare = 1.0
        var startupMonths = 0
    }

    private(set) var unit: Unit
    let streamSubject: UInt64
    /// Expected births per month, with trend, season and interventions.
    var expectedBirths: [Double]
    /// Expected births per month for the 72 months before month 0 (trend only), oldest first,
    /// standing in for history when a rolling sum reaches back before the simulation.
    var expectedBirthsBefore: [Double]
    /// Expected children aged 1–5 listed per month.
    var childrenOneToFive: [Double]
    /// Infants who change unit at a boundary change, if any do here.
    var infantMoves: InfantMoves?
    var persons: [PersonPlan]
    /// The extended programme and the first month it takes families, if it applies here.
    var extendedProgramme: ExtendedProgramme?
    var extendedProgrammeStart = Int.max
    /// Barn-HLR and the first month whose families are offered it, if it applies here.
    var barnHLR: BarnHLR?
    var barnHLRStart = Int.max
    /// The extended programme's visits, as the simulation schedules them.
    var extendedVisits: [PlannedVisit] = []
    /// Visits of the extended programme the unit runs (0: none), for reading its counts.
    var programmeVisits: Int { extendedProgramme == nil ? 0 : extendedVisits.count }
    let ceiling: Double
    let cniWeight: Double
    let birthRateCV: Double

    /// The same plan with storage of its own: every array copied, so that the retains and
    /// releases of one worker's trials never touch the reference counts another worker's core
    /// is writing (shared counts cost the 2-worker run several percent).
    func unshared() -> UnitPlan {
        var copy = self
        copy.unit.staff = unit.staff.map { $0 }
        copy.unit.plannedBirths = Dictionary(uniqueKeysWithValues: unit.plannedBirths.map { ($0.key, $0.value) })
        copy.unit.history = Dictionary(uniqueKeysWithValues: unit.history.map { ($0.key, $0.value) })
        copy.expectedBirths = expectedBirths.map { $0 }
        copy.expectedBirthsBefore = expectedBirthsBefore.map { $0 }
        copy.childrenOneToFive = childrenOneToFive.map { $0 }
        copy.infantMoves = infantMoves?.unshared()
        copy.persons = persons.map { person in
            var own = person
            own.fractions = person.fractions.map { $0 }
            return own
        }
        copy.extendedVisits = extendedVisits.map { $0 }
        return copy
    }

    /// The burn-in year and the projected years: the months whose counts are reported.
    static func reportedMonthCount(horizon: Int) -> Int { 12 * (horizon + 1) }

    /// Months simulated: the reported months and, after them, as many as a family due in the
    /// last December still has in its window (the longest window less one), so that the last
    /// year counts its families as every other year does.
    static func monthCount(_ scenario: Scenario) -> Int {
        var longestWindow = Activity.familyActivities.map { scenario.workload.standard(for: $0).windowMonths }.max() ?? 1
        for intervention in scenario.interventions {
            if case .barnHLR(let training) = intervention.kind { longestWindow = max(longestWindow, training.windowMonths) }
        }
        return reportedMonthCount(horizon: scenario.horizon) + max(0, longestWindow - 1)
    }

    /// Projected year (0 = start year) of a month, negative in the burn-in year.
    @inline(__always)
    static func yearIndex(ofMonth month: Int) -> Int { month / 12 - 1 }

    init(unit: Unit, scenario: Scenario) {
        self.unit = unit
        streamSubject = stableHash("unit:" + unit.id)
        let months = Self.monthCount(scenario)
        let shares = scenario.births.monthShares
        let trend = scenario.births.trendPerYear
        // Month 12 is January of the start year, whose expected annual births are the unit's.
        func expected(at month: Int) -> Double {
            let yearOffset = Double(Int(floor(Double(month) / 12)) - 1)
            let monthOfYear = ((month % 12) + 12) % 12
            return unit.expectedNewborns * pow(1 + trend, yearOffset) * shares[monthOfYear]
        }
        expectedBirths = (0..<months).map(expected)
        expectedBirthsBefore = (-72..<0).map(expected)
        childrenOneToFive = []
        persons = unit.staff.map {
            PersonPlan(id: $0.id, role: $0.role, fractions: Array(repeating: $0.fraction, count: months),
                       streamSubject: stableHash("person:" + unit.id + "/" + $0.id))
        }
        ceiling = scenario.cniPolicy.ceiling(cni: unit.cni)
        cniWeight = scenario.cniPolicy.weight(cni: unit.cni)
        birthRateCV = unit.birthRateCV ?? scenario.births.rateCV
    }

    /// Expected births in month `month`, reaching into the pre-simulation series for negative months.
    func expectedBirths(at month: Int) -> Double {
        month >= 0 ? expectedBirths[month] : expectedBirthsBefore[max(0, 72 + month)]
    }

    /// Fills `childrenOneToFive` from the expected births 12–71 months earlier.
    mutating func computeChildrenOneToFive() {
        childrenOneToFive = expectedBirths.indices.map { month in
            (12..<72).reduce(0.0) { $0 + expectedBirths(at: month - $1) }
        }
    }
}
