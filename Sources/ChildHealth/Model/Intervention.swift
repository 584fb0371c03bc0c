/// A change a scenario makes to some units from a start month: the planner's levers.
public struct Intervention: Sendable, Equatable {
    /// What the intervention changes.
    public enum Kind: Sendable, Equatable {
        /// Staff added or removed from the start month.
        case staffChange(StaffChange)
        /// An extended home-visit programme for (first-time) parents from the start month.
        case extendedProgramme(ExtendedProgramme)
        /// Expected births multiplied by (1 + change), for `months` months or for good.
        case birthsShock(change: Double, months: Int?)
        /// An extra relative change of expected births per year, compounding from the start.
        case birthsTrend(changePerYear: Double)
        /// A share of the selected units' listed children moves to another unit.
        case boundaryChange(toUnit: String, share: Double)
    }

    public var name: String
    public var kind: Kind
    public var selector: UnitSelector
    /// First month (0 = January of the start year) the intervention is in force.
    public var start: YearMonth
    public var logic: InterventionLogic?

    /// A Kind with the given fields.
    public init(name: String, kind: Kind, selector: UnitSelector, start: YearMonth, logic: InterventionLogic? = nil) {
        self.name = name
        self.kind = kind
        self.selector = selector
        self.start = start
        self.logic = logic
    }
}

/// A calendar month, e.g. 2027-03.
public struct YearMonth: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1–12.
    public var month: Int

    /// A YearMonth with the given fields.
    public init(year: Int, month: Int) { self.year = year; self.month = month }

    /// Months since January of `year`.
    public func months(since year: Int) -> Int { (self.year - year) * 12 + month - 1 }

    /// Earlier months first.
    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var description: String { String(format: "%04d-%02d", year, month) }
}

/// Staff added or removed by an intervention.
public struct StaffChange: Sendable, Equatable {
    public var role: Person.Role
    /// FTE to add (positive) or remove (negative), in full posts.
    public var fte: Double
    /// Relative change of the unit's current FTE for the role, e.g. 0.25 for +25%.
    public var percent: Double
    /// New persons, by employment fraction.
    public var newPersons: [Double]

    /// A StaffChange with the given fields.
    public init(role: Person.Role = .nurse, fte: Double = 0, percent: Double = 0, newPersons: [Double] = []) {
        self.role = role
        self.fte = fte
        self.percent = percent
        self.newPersons = newPersons
    }
}

/// An extended home-visit programme (Rinkeby model and its variants).
public struct ExtendedProgramme: Sendable, Equatable {
    /// Visits per family, spread evenly from birth over `spanMonths` months.
    public var visits = 6
    public var spanMonths = 15
    /// Nurse hours per visit at CNI weight 1.
    public var hoursPerVisit = 1.5
    /// Whether only first-time parents are the target group (otherwise every family).
    public var firstTimeParentsOnly = true
    /// Share of eligible families offered the programme (the rest, e.g. newly moved in: UX293).
    public var offerRate = 0.90
    /// Share of offered families that accept (Rinkeby: 95% take part); the rest decline (UX284).
    public var acceptRate = 0.95
    /// Probability that a family leaves before each visit (moved, declined more visits: UX294).
    public var dropOutPerVisit = 0.03

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// Month of age at which each visit is due.
    public var visitAges: [Int] {
        guard visits > 1 else { return [0] }
        return (0..<visits).map { Int((Double($0 * spanMonths) / Double(visits - 1)).rounded()) }
    }
}

/// Which units an intervention applies to: every criterion given must hold.
public struct UnitSelector: Sendable, Equatable {
    public var unitIDs: [String]?
    public var municipalities: [String]?
    /// Units with CNI strictly above this.
    public var cniAbove: Double?

    /// A UnitSelector with the given fields.
    public init(unitIDs: [String]? = nil, municipalities: [String]? = nil, cniAbove: Double? = nil) {
        self.unitIDs = unitIDs
        self.municipalities = municipalities
        self.cniAbove = cniAbove
    }

    /// Whether `unit` matches every criterion given (no criterion: every unit).
    public func selects(_ unit: Unit) -> Bool {
        if let unitIDs, !unitIDs.contains(unit.id) { return false }
        if let municipalities, !municipalities.contains(unit.municipality) { return false }
        if let cniAbove, !(unit.cni > cniAbove) { return false }
        return true
    }
}

/// A regional plan's intervention logic (seed 004): what the initiative is meant to achieve
/// and how that is measured, carried into the report unchanged.
public struct InterventionLogic: Sendable, Equatable, Codable {
    /// One level of the logic: what it says, and the indicators, data sources and assumptions it rests on.
    public struct Level: Sendable, Equatable, Codable {
        public var text: String
        public var indicators: [String]
        public var dataSources: [String]
        public var assumptions: [String]

        /// A Level with the given fields.
        public init(text: String, indicators: [String] = [], dataSources: [String] = [], assumptions: [String] = []) {
            self.text = text
            self.indicators = indicators
            self.dataSources = dataSources
            self.assumptions = assumptions
        }
    }

    public var longTermOutcome: Level?
    public var shortTermOutcome: Level?
    public var activities: Level?
    public var resources: Level?

    /// A Level with the given fields.
    public init(longTermOutcome: Level? = nil, shortTermOutcome: Level? = nil, activities: Level? = nil, resources: Level? = nil) {
        self.longTermOutcome = longTermOutcome
        self.shortTermOutcome = shortTermOutcome
        self.activities = activities
        self.resources = resources
    }
}
