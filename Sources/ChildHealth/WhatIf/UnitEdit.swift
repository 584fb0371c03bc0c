import Foundation

/// A question a unit's manager asks of one unit — "what if my part-time nurse went to 80%?":
/// the unit's staff list, expected newborns, CNI and extended home-visit programme as typed into
/// a form. ``apply(to:source:)``
/// checks every field with the ranges and messages a scenario file gets (``NumberRange``), so a
/// value the command line refuses is refused here in the same words.
public struct UnitEdit: Sendable, Equatable {
    /// One row of the staff list; an empty row (no id, no fraction) is left out.
    public struct StaffEntry: Sendable, Equatable {
        public var id: String
        public var role: String
        public var fraction: String
        /// Whether the person leaves the unit in the question.
        public var removed: Bool

        /// A row as typed.
        public init(id: String, role: String, fraction: String, removed: Bool = false) {
            self.id = id
            self.role = role
            self.fraction = fraction
            self.removed = removed
        }

        var isBlank: Bool { id.trimmingCharacters(in: .whitespaces).isEmpty && fraction.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    public var unit: String
    public var staff: [StaffEntry]
    public var newbornsPerYear: String
    public var cni: String
    /// Whether the unit runs the extended home-visit programme (``ProgrammeRewrite``).
    public var programme: Bool
    /// The share of the unit's eligible families offered the programme (`offer_rate`), used
    /// when ``programme`` is on.
    public var offerRate: String

    /// An edit of `unit` with these values as typed.
    public init(unit: String, staff: [StaffEntry], newbornsPerYear: String, cni: String, programme: Bool, offerRate: String) {
        self.unit = unit
        self.staff = staff
        self.newbornsPerYear = newbornsPerYear
        self.cni = cni
        self.programme = programme
        self.offerRate = offerRate
    }

    /// The unit as `scenario` has it: the form before anything is changed. Each number is
    /// written so that it reads back as the same number (newborns fitted to a history have many
    /// digits), so a form sent unchanged asks exactly the scenario's question. The programme's
    /// offer rate is the one the unit has, or would get when the programme is turned on.
    public init(unit: Unit, in scenario: Scenario) {
        let programme = ProgrammeRewrite.programme(for: unit, in: scenario)
        self.init(unit: unit.id,
                  staff: unit.staff.map { StaffEntry(id: $0.id, role: $0.role.rawValue, fraction: Self.text($0.fraction)) },
                  newbornsPerYear: Self.text(unit.expectedNewborns), cni: Self.text(unit.cni),
                  programme: !ProgrammeRewrite.programmes(selecting: unit, in: scenario).isEmpty,
                  offerRate: ProgrammeRewrite.offer(of: programme).map(Self.text) ?? "")
    }

    /// The shortest text that reads back as `value`, without a trailing `.0`.
    public static func text(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The field name a problem with staff row `index` (from 0) gives: `staff[1].fraction`.
    public static func staffField(_ index: Int, _ column: String) -> String { "staff[\(index + 1)].\(column)" }

    /// `scenario` with the unit changed, or every problem, each with `source` as its file and the
    /// field it concerns (`cni`, `newborns_per_year`, ``staffField(_:_:)``). Warnings (a nurse
    /// below half time) come with the scenario, as a run prints them and goes ahead.
    public func apply(to scenario: Scenario, source: String) -> Result<Scenario, InputProblems> {
        guard let index = scenario.units.firstIndex(where: { $0.id == unit }) else {
            return .failure(InputProblems([InputProblem(file: source, line: nil, field: "unit",
                                                        message: "\(quoted(unit)) is not a unit of the scenario (allowed: a unit id of the region)")]))
        }
        let log = ProblemLog()
        let cni = NumberRange.positive.check(cni, file: source, line: nil, field: "cni", log: log)
        let newborns = NumberRange.annualCount.check(newbornsPerYear, file: source, line: nil, field: "newborns_per_year", log: log)
        let offer = programme ? NumberRange.share.check(offerRate, file: source, line: nil, field: Self.offerRateField, log: log) : nil
        var persons: [Person] = []
        var seen: Set<String> = []
        for (row, entry) in staff.enumerated() where !entry.isBlank && !entry.removed {
            let id = entry.id.trimmingCharacters(in: .whitespaces)
            if id.isEmpty {
                log.report(source, nil, Self.staffField(row, "id"), "is empty (allowed: a text)")
            } else if let problem = controlCharacterProblem(id) {
                log.report(source, nil, Self.staffField(row, "id"), problem)
            } else if !seen.insert(id).inserted {
                log.report(source, nil, Self.staffField(row, "id"), "person \(quoted(id)) is listed twice (allowed: one row per person id)")
            }
            let role = Person.Role(rawValue: entry.role)
            if role == nil {
                let allowed = Person.Role.allCases.map(\.rawValue)
                log.report(source, nil, Self.staffField(row, "role"), "\(quoted(entry.role)) is not a role (allowed: \(allowed.joined(separator: ", ")))")
            }
            let fraction = NumberRange.fraction.check(entry.fraction, file: source, line: nil, field: Self.staffField(row, "fraction"), log: log)
            if let role, let fraction, !id.isEmpty {
                let person = Person(id: id, role: role, fraction: fraction)
                persons.append(person)
                if role == .nurse, fraction < RegionReader.leastNurseFraction {
                    log.warn(source, nil, Self.staffField(row, "fraction"), RegionReader.lowNurseFraction(person))
                }
            }
        }
        if log.isEmpty, !persons.contains(where: { $0.role == .nurse }) {
            log.report(source, nil, "staff", "unit \(quoted(unit)) has no nurse (allowed: at least one nurse per unit)")
        }
        guard log.isEmpty, let cni, let newborns else { return .failure(InputProblems(log.problems)) }
        var changed = scenario
        changed.units[index].cni = cni
        changed.units[index].expectedNewborns = newborns
        changed.units[index].staff = persons
        changed.warnings = log.warnings
        if let rewrite = ProgrammeRewrite.rewrite(scenario, original: scenario.units[index], edited: changed.units[index], offerRate: offer) {
            changed.interventions = rewrite.applied(to: scenario.interventions)
        }
        return .success(changed)
    }

    /// The field of the programme's offer rate.
    public static let offerRateField = "programme_offer_rate"

    /// The rewrite of `scenario`'s interventions this edit makes, for an edit that ``apply(to:source:)``
    /// accepted; nil when it leaves them as they are.
    public func programmeRewrite(in scenario: Scenario) -> ProgrammeRewrite? {
        guard case .success(let changed) = apply(to: scenario, source: "what-if"),
              let index = scenario.units.firstIndex(where: { $0.id == unit }) else { return nil }
        return ProgrammeRewrite.rewrite(scenario, original: scenario.units[index], edited: changed.units[index],
                                        offerRate: programme ? Double(offerRate.trimmingCharacters(in: .whitespaces)) : nil)
    }
}
