/// A child health unit (BVC) as the scenario describes it at the start of the horizon.
public struct Unit: Sendable, Equatable {
    public var id: String
    public var name: String
    public var municipality: String
    /// Relative Care Need Index, 1.0 = national mean.
    public var cni: Double
    /// Expected newborns in the start year, from the input or projected from the history.
    public var expectedNewborns: Double
    /// Extra year-to-year variation of the birth rate (coefficient of variation of the
    /// gamma-distributed annual rate): the region's fit where the region has history (see
    /// ``Scenario/fitBirthDispersion()``); nil for the scenario's `births.rateCV`.
    public var birthRateCV: Double?
    /// Annual newborn counts by calendar year, as given.
    public var history: [Int: Int]
    /// Share of newborns whose parents are first-time parents.
    public var firstTimeShare: Double
    /// Expected 0-year-olds moving in and out per year.
    public var movesInPerYear: Double
    public var movesOutPerYear: Double
    /// Known deliveries, replacing the random draw for their months (planned births from the
    /// due-date list, as Region Kronoberg plans). Keyed by month from January of the start year (0 = January): from `planned_births`
    /// (consecutive months from January) or `planned_births_csv` (a region's due-date list).
    public var plannedBirths: [Int: Int]
    public var staff: [Person]

    /// A unit with its region data and staff list.
    public init(id: String, name: String, municipality: String, cni: Double,
                expectedNewborns: Double, birthRateCV: Double? = nil, history: [Int: Int] = [:],
                firstTimeShare: Double = 0.42, movesInPerYear: Double = 0, movesOutPerYear: Double = 0,
                plannedBirths: [Int: Int] = [:], staff: [Person] = []) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.cni = cni
        self.expectedNewborns = expectedNewborns
        self.birthRateCV = birthRateCV
        self.history = history
        self.firstTimeShare = firstTimeShare
        self.movesInPerYear = movesInPerYear
        self.movesOutPerYear = movesOutPerYear
        self.plannedBirths = plannedBirths
        self.staff = staff
    }

    public var nurses: [Person] { staff.filter { $0.role == .nurse } }
    public var doctors: [Person] { staff.filter { $0.role == .doctor } }
    public var nurseFTE: Double { nurses.reduce(0) { $0 + $1.fraction } }
}
