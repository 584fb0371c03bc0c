/// Scenario files as the command-line and batch tests write them: the YAML of a small made-up
/// region, so that every suite writes its files one way.
public enum ScenarioYAML {
    /// One unit of the region: its staff in the files' flow style (see ``person(_:_:_:)``).
    public struct Unit: Sendable {
        public var id: String
        public var name: String
        public var municipality: String
        public var cni: Double
        public var newbornsPerYear: Int
        public var staff: [String]

        public init(id: String, name: String, municipality: String = "Växjö", cni: Double, newbornsPerYear: Int, staff: [String]) {
            self.id = id
            self.name = name
            self.municipality = municipality
            self.cni = cni
            self.newbornsPerYear = newbornsPerYear
            self.staff = staff
        }
    }

    /// A staff member as the files write one: `{id: N1, role: nurse, fraction: 1.0}`.
    public static func person(_ id: String, _ role: String, _ fraction: Double) -> String {
        "{id: \(id), role: \(role), fraction: \(fraction)}"
    }

    /// BVC Öster: 90 newborns at CNI 1.2 on a nurse at full time and one at 0.8, and a doctor at 0.2.
    public static let oster = Unit(id: "U1", name: "BVC Öster", cni: 1.2, newbornsPerYear: 90, staff: [
        person("N1", "nurse", 1.0), person("N2", "nurse", 0.8), person("D1", "doctor", 0.2),
    ])

    /// The file of a scenario starting in 2026: the header, `settings` (whole YAML blocks such as
    /// `births:`, each line ending in a newline) and the units, ending in a newline.
    public static func text(name: String, horizon: Int, trials: Int, seed: Int = 4, settings: String = "", units: [Unit]) -> String {
        var text = "name: \(name)\nstart_year: 2026\nhorizon: \(horizon)\ntrials: \(trials)\nseed: \(seed)\n" + settings
        text += "region:\n  units:\n"
        for unit in units {
            text += "    - id: \(unit.id)\n      name: \(unit.name)\n      municipality: \(unit.municipality)\n"
                + "      cni: \(unit.cni)\n      newborns_per_year: \(unit.newbornsPerYear)\n      staff:\n"
                + unit.staff.map { "        - \($0)\n" }.joined()
        }
        return text
    }
}
