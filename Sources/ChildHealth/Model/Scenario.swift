/// Everything one run needs: the region, the horizon, the assumptions in force and the
/// interventions. Built by ``ScenarioLoader`` from a YAML file, or directly in code.
public struct Scenario: Sendable, Equatable {
    public var name: String
    public var description: String
    /// Whether a batch compares the other scenarios of its folder against this one.
    public var isBaseline: Bool
    public var regionName: String
    public var units: [Unit]
    public var startYear: Int
    /// Years projected, starting with `startYear`.
    public var horizon: Int
    public var trials: Int
    public var seed: UInt64
    public var targets: Targets
    public var cniPolicy: CNIPolicy
    public var births: BirthAssumptions
    public var staffing: StaffingAssumptions
    public var workload: WorkloadStandards
    public var interventions: [Intervention]
    /// The births' extra-Poisson variation fitted from the region's history, when it has any
    /// (see ``fitBirthDispersion()``).
    public var birthDispersion: BirthDispersionFit?
    /// What the scenario's files allow but a planner should look at (``ScenarioLoader`` fills
    /// it; commands print it and go ahead).
    public var warnings: [InputProblem] = []
    /// How each CSV file the scenario names was written (``ScenarioLoader`` fills it).
    public var csvFiles: [CSVFileFormat] = []
    /// The ranges a sensitivity analysis varies assumptions over, where the scenario states them
    /// (`sensitivity:`), by the assumption's name (see ``UncertainAssumption``).
    public var sensitivityRanges: [String: ClosedRange<Double>] = [:]

    /// A scenario of `units`; every other setting has its default.
    public init(name: String, description: String = "", isBaseline: Bool = false, regionName: String = "",
                units: [Unit], startYear: Int, horizon: Int, trials: Int = 1000, seed: UInt64 = 1,
                targets: Targets = Targets(), cniPolicy: CNIPolicy = CNIPolicy(),
                births: BirthAssumptions = BirthAssumptions(), staffing: StaffingAssumptions = StaffingAssumptions(),
                workload: WorkloadStandards = WorkloadStandards(), interventions: [Intervention] = []) {
        self.name = name
        self.description = description
        self.isBaseline = isBaseline
        self.regionName = regionName
        self.units = units
        self.startYear = startYear
        self.horizon = horizon
        self.trials = trials
        self.seed = seed
        self.targets = targets
        self.cniPolicy = cniPolicy
        self.births = births
        self.staffing = staffing
        self.workload = workload
        self.interventions = interventions
    }

    /// Fits the births' variation to the units' histories (``BirthDispersionFit``) and gives
    /// every unit its CV: the fitted one to units with history, and to units without it the
    /// larger of the fitted one and `births.rateCV`, as a unit without records is no more
    /// certain than the records show. Without any history of three years, units keep what they
    /// have and the assumption `births.rateCV` applies.
    public mutating func fitBirthDispersion() {
        birthDispersion = BirthDispersionFit(histories: units.map(\.history))
        guard let fitted = birthDispersion?.rateCV else { return }
        for index in units.indices {
            units[index].birthRateCV = units[index].history.isEmpty ? max(fitted, births.rateCV) : fitted
        }
    }

    /// Whether an intervention runs an extended home-visit programme at some unit.
    public var runsExtendedProgramme: Bool {
        interventions.contains { if case .extendedProgramme = $0.kind { true } else { false } }
    }

    /// Whether an intervention runs Barn-HLR sessions at some unit.
    public var runsBarnHLR: Bool {
        interventions.contains { if case .barnHLR = $0.kind { true } else { false } }
    }

    /// The projected calendar years.
    public var years: [Int] { Array(startYear..<startYear + horizon) }

    /// The months each trial simulates per unit: the burn-in year, the projected years, and the
    /// months after them that the last year's families still have for their visits.
    public var monthsSimulated: Int { UnitPlan.monthCount(self) }
}
