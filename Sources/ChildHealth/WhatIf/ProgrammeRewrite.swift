/// How a what-if's choice about one unit's extended home-visit programme changes the scenario's
/// interventions. A programme intervention may select many units (`cni_above: 1.5`), so the
/// unit is split off: each programme intervention that selects it keeps its other units, named
/// by id, and when the programme is on the unit gets one of its own — a copy of the programme
/// it had (else of the scenario's first programme, else the defaults from the first projected
/// month) at the chosen offer rate — after the scenario's other interventions. The unit's
/// choice then holds whatever CNI the what-if gives it.
public struct ProgrammeRewrite: Sendable, Equatable {
    /// The programme interventions the unit is taken out of, by index in the scenario's list,
    /// with the unit ids each keeps (none: the intervention is dropped).
    public var narrowed: [Int: [String]]
    /// The index of the intervention the unit's own programme copies; nil for the defaults.
    public var template: Int?
    /// The unit's own programme, nil when it is off.
    public var added: Intervention?

    /// The interventions of a scenario rewritten.
    public func applied(to interventions: [Intervention]) -> [Intervention] {
        var result: [Intervention] = []
        for (index, intervention) in interventions.enumerated() {
            guard let kept = narrowed[index] else { result.append(intervention); continue }
            guard !kept.isEmpty else { continue }
            var narrowedIntervention = intervention
            narrowedIntervention.selector = UnitSelector(unitIDs: kept)
            result.append(narrowedIntervention)
        }
        return result + (added.map { [$0] } ?? [])
    }

    /// Indices of the programme interventions of `scenario` that select `unit`.
    public static func programmes(selecting unit: Unit, in scenario: Scenario) -> [Int] {
        scenario.interventions.indices.filter { index in
            guard case .extendedProgramme = scenario.interventions[index].kind else { return false }
            return scenario.interventions[index].selector.selects(unit)
        }
    }

    /// The programme `unit` runs in `scenario`, or would be given (``template``): its index.
    static func template(for unit: Unit, in scenario: Scenario) -> Int? {
        programmes(selecting: unit, in: scenario).first ?? scenario.interventions.firstIndex {
            if case .extendedProgramme = $0.kind { true } else { false }
        }
    }

    /// The programme `unit` runs or would be given: the intervention ``template(for:in:)`` finds,
    /// or the defaults from January of the start year.
    public static func programme(for unit: Unit, in scenario: Scenario) -> Intervention {
        template(for: unit, in: scenario).map { scenario.interventions[$0] }
            ?? Intervention(name: "Extended home visits", kind: .extendedProgramme(ExtendedProgramme()),
                            selector: UnitSelector(unitIDs: [unit.id]), start: YearMonth(year: scenario.startYear, month: 1))
    }

    /// The rewrite that gives unit `edited` (as the what-if changed it; `original` as `scenario`
    /// has it) the programme at `offerRate`, or none (`offerRate` nil); nil when `scenario`
    /// already does exactly that, so an unchanged question keeps the scenario's interventions.
    public static func rewrite(_ scenario: Scenario, original: Unit, edited: Unit, offerRate: Double?) -> ProgrammeRewrite? {
        var changed = scenario
        if let index = changed.units.firstIndex(where: { $0.id == edited.id }) { changed.units[index] = edited }
        let running = programmes(selecting: edited, in: changed)
        let current: Double? = running.count == 1 ? offer(of: scenario.interventions[running[0]]) : nil
        if (running.isEmpty && offerRate == nil) || (current != nil && current == offerRate) { return nil }
        var narrowed: [Int: [String]] = [:]
        for index in Set(programmes(selecting: original, in: scenario) + running).sorted() {
            let selector = scenario.interventions[index].selector
            narrowed[index] = scenario.units.filter { $0.id != original.id && selector.selects($0) }.map(\.id)
        }
        var added: Intervention?
        if let offerRate {
            var own = programme(for: original, in: scenario)
            if case .extendedProgramme(var details) = own.kind {
                details.offerRate = offerRate
                own.kind = .extendedProgramme(details)
            }
            own.selector = UnitSelector(unitIDs: [original.id])
            added = own
        }
        return ProgrammeRewrite(narrowed: narrowed, template: added == nil ? nil : template(for: original, in: scenario), added: added)
    }

    /// The offer rate of a programme intervention. Never inlined: Swift 6.3.1's optimiser stops
    /// with an ownership error (CopyPropagation) on `UnitEdit.init(unit:in:)` in a release build
    /// when it is.
    @inline(never)
    public static func offer(of intervention: Intervention) -> Double? {
        guard case .extendedProgramme(let programme) = intervention.kind else { return nil }
        return programme.offerRate
    }
}
