/// Why scenarios cannot be compared: a comparison pairs the same unit, year and indicator
/// across scenarios, so all of them must have the base's units (by id), start year and horizon.
public struct ComparisonMismatch: Error, Sendable, CustomStringConvertible {
    public var problems: [String]

    public var description: String { problems.joined(separator: "\n") }

    /// Every way the `others` differ from `base` in units, start year or horizon; nil when none does.
    static func check(base: Scenario, others: [Scenario]) -> ComparisonMismatch? {
        var problems: [String] = []
        let baseIDs = Set(base.units.map(\.id))
        for other in others {
            let prefix = "cannot compare '\(other.name)' with the base '\(base.name)'"
            if other.startYear != base.startYear {
                problems.append("\(prefix): start year \(other.startYear) differs from \(base.startYear)")
            }
            if other.horizon != base.horizon {
                problems.append("\(prefix): horizon \(other.horizon) years differs from \(base.horizon)")
            }
            let ids = Set(other.units.map(\.id))
            let missing = base.units.map(\.id).filter { !ids.contains($0) }
            let extra = other.units.map(\.id).filter { !baseIDs.contains($0) }
            if !missing.isEmpty { problems.append("\(prefix): units missing: \(missing.joined(separator: ", "))") }
            if !extra.isEmpty { problems.append("\(prefix): units not in the base: \(extra.joined(separator: ", "))") }
        }
        guard !problems.isEmpty else { return nil }
        problems.append("(scenarios compared must have the same units by id, the same start year and the same horizon)")
        return ComparisonMismatch(problems: problems)
    }
}
