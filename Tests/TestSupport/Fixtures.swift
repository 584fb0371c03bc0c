import ChildHealth

/// Scenarios built in code for the model's tests.
public enum Fixtures {
    /// A scenario with every source of randomness switched off.
    public static func deterministic(newborns: Double = 120, nurses: [Double] = [1.0, 1.0], doctors: [Double] = [0.2],
                              cni: Double = 1.0, horizon: Int = 2, trials: Int = 20) -> Scenario {
        var staff = nurses.enumerated().map { Person(id: "N\($0.offset + 1)", role: .nurse, fraction: $0.element) }
        staff += doctors.enumerated().map { Person(id: "D\($0.offset + 1)", role: .doctor, fraction: $0.element) }
        var scenario = Scenario(
            name: "deterministic",
            units: [Unit(id: "U1", name: "BVC Ett", municipality: "Växjö", cni: cni, expectedNewborns: newborns, staff: staff)],
            startYear: 2026, horizon: horizon, trials: trials, seed: 7)
        scenario.births.randomness = .none
        scenario.births.trendPerYear = 0
        scenario.births.seasonality = Array(repeating: 1, count: 12)
        scenario.staffing.sickLeaveCV = 0
        scenario.staffing.longLeavePerYear = 0
        scenario.staffing.turnoverPerYear = 0
        // New posts of interventions are filled at once.
        scenario.staffing.vacancyMeanMonths = 0
        return scenario
    }

    /// A small random region of three units of different sizes.
    public static func smallRegion(trials: Int = 400, seed: UInt64 = 11) -> Scenario {
        func unit(_ id: String, _ cni: Double, _ newborns: Double, _ nurses: [Double]) -> Unit {
            var staff = nurses.enumerated().map { Person(id: "\(id)-N\($0.offset)", role: .nurse, fraction: $0.element) }
            staff.append(Person(id: "\(id)-D1", role: .doctor, fraction: 0.2))
            return Unit(id: id, name: "BVC \(id)", municipality: "Växjö", cni: cni, expectedNewborns: newborns, staff: staff)
        }
        return Scenario(name: "small", units: [
            unit("A", 0.8, 110, [1.0, 1.0]),
            unit("B", 1.6, 80, [1.0, 0.6]),
            unit("C", 1.0, 22, [0.5]),
        ], startYear: 2026, horizon: 3, trials: trials, seed: seed)
    }
}
