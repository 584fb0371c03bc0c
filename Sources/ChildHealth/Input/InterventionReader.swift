import Foundation
import Yams

/// Reads a scenario's `interventions`: what each changes, for which units, from when.
struct InterventionReader {
    let fields: YAMLFields
    let units: [Unit]
    let startYear: Int
    let horizon: Int
    var file: String { fields.file }
    var log: ProblemLog { fields.log }

    static let kinds = ["staff_change", "extended_home_visits", "barn_hlr", "births_shock", "births_trend", "boundary_change"]
    static let commonFields = ["name", "type", "units", "municipalities", "cni_above", "start", "intervention_logic"]
    static let kindFields: [String: [String]] = [
        "staff_change": ["role", "fte", "percent", "new_persons", "fill_delay_months", "startup_share", "startup_months"],
        "extended_home_visits": ["visits", "span_months", "visit_ages", "hours_per_visit", "clinic_share",
                                 "clinic_hours_per_visit", "target_group", "offer_rate", "accept_rate", "drop_out_per_visit"],
        "barn_hlr": ["due_age_months", "window_months", "hours_per_session", "families_per_session", "offer_rate",
                     "partner_share", "accept_rate"],
        "births_shock": ["change", "months"],
        "births_trend": ["change_per_year"],
        "boundary_change": ["to_unit", "share"],
    ]

    func interventions(_ node: Node) -> [Intervention] {
        fields.sequence(node, "interventions", of: "interventions").enumerated().compactMap { index, item in
            intervention(item, "interventions[\(index)]")
        }
    }

    private func intervention(_ node: Node, _ path: String) -> Intervention? {
        guard case .mapping(let mapping) = node else {
            log.report(file, fields.line(node), path,
                       "expected a mapping, found \(fields.kind(node)) (allowed: a mapping with name, type, start and the units it applies to)")
            return nil
        }
        let typeNode = mapping["type"]
        let type = typeNode.flatMap(fields.scalarText)
        guard let type, let extra = Self.kindFields[type] else {
            let hint = type.map { didYouMean($0, among: Self.kinds) } ?? ""
            log.report(file, fields.line(typeNode ?? node), "\(path).type",
                       "\(type.map { "\(quoted($0)) is not known" } ?? "missing")\(hint) (allowed: \(Self.kinds.joined(separator: ", ")))")
            return nil
        }
        let entries = fields.mapping(node, path, allowed: Self.commonFields + extra)
        let name = fields.string(entries, "name", path, at: node) ?? type
        let selector = self.selector(entries, path, at: node)
        let start = self.start(entries["start"], "\(path).start", at: node)
        let kind: Intervention.Kind? = switch type {
        case "staff_change": staffChange(entries, path)
        case "extended_home_visits": .extendedProgramme(extendedProgramme(entries, path))
        case "barn_hlr": .barnHLR(barnHLR(entries, path))
        case "births_shock":
            .birthsShock(change: fields.number(entries, "change", path, default: 0, in: NumberRange(lower: -1, upper: 10)),
                         months: entries["months"].flatMap { fields.integer($0, "\(path).months", in: 1...600) })
        case "births_trend":
            .birthsTrend(changePerYear: fields.number(entries, "change_per_year", path, default: 0, in: NumberRange(lower: -0.5, upper: 0.5)))
        default: boundaryChange(entries, path, at: node)
        }
        var logic: InterventionLogic?
        if let logicNode = entries["intervention_logic"] { logic = interventionLogic(logicNode, "\(path).intervention_logic") }
        guard let selector, let start, let kind else { return nil }
        if case .boundaryChange(let target, _) = kind, let unit = units.first(where: { $0.id == target }), selector.selects(unit) {
            log.report(file, fields.line(entries["to_unit"]), "\(path).to_unit",
                       "\(quoted(target)) is among the units the change moves families from "
                       + "(allowed: a unit outside those the intervention applies to; name them with units:)")
            return nil
        }
        return Intervention(name: name, kind: kind, selector: selector, start: start, logic: logic)
    }

    private func stringList(_ node: Node, _ field: String) -> [String] {
        if let single = fields.scalarText(node), case .scalar = node { return [single] }
        return fields.sequence(node, field, of: "names").compactMap { fields.string($0, field) }
    }

    private func selector(_ entries: [String: Node], _ path: String, at node: Node) -> UnitSelector? {
        var selector = UnitSelector()
        if let idsNode = entries["units"] {
            let ids = stringList(idsNode, "\(path).units")
            let known = units.map(\.id)
            for id in ids where !known.contains(id) {
                let hint = didYouMean(id, among: known)
                log.report(file, fields.line(idsNode), "\(path).units",
                           "\(quoted(id)) is not a unit of the region\(hint) (allowed: unit ids from units_csv or region.units)")
            }
            selector.unitIDs = ids
        }
        if let municipalitiesNode = entries["municipalities"] {
            let names = stringList(municipalitiesNode, "\(path).municipalities")
            let known = Array(Set(units.map(\.municipality))).sorted()
            for name in names where !known.contains(name) {
                log.report(file, fields.line(municipalitiesNode), "\(path).municipalities",
                           "\(quoted(name)) is not a municipality of the region (allowed: \(known.joined(separator: ", ")))")
            }
            selector.municipalities = names
        }
        if let cniNode = entries["cni_above"] {
            selector.cniAbove = fields.number(cniNode, "\(path).cni_above", in: .nonNegative)
        }
        guard !units.isEmpty else { return selector }
        if !units.contains(where: selector.selects) {
            log.report(file, fields.line(node), path, "selects no unit (allowed: units, municipalities and cni_above that match at least one unit)")
            return nil
        }
        return selector
    }

    /// `2027` (January) or `2027-03`, within the horizon.
    private func start(_ node: Node?, _ field: String, at parent: Node) -> YearMonth? {
        let last = YearMonth(year: startYear + horizon - 1, month: 12)
        let allowed = "a month from \(YearMonth(year: startYear, month: 1)) to \(last), as YYYY or YYYY-MM"
        guard let node else { return YearMonth(year: startYear, month: 1) }
        let text = fields.scalarText(node) ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        var value: YearMonth?
        if parts.count == 1, let year = parts[0] { value = YearMonth(year: year, month: 1) }
        if parts.count == 2, let year = parts[0], let month = parts[1], (1...12).contains(month) { value = YearMonth(year: year, month: month) }
        guard let value else {
            log.report(file, fields.line(node), field, "\(quoted(text)) is not a month (allowed: \(allowed))")
            return nil
        }
        guard value >= YearMonth(year: startYear, month: 1), value <= last else {
            log.report(file, fields.line(node), field, "\(value) is outside the horizon (allowed: \(allowed))")
            return nil
        }
        return value
    }

    private func staffChange(_ entries: [String: Node], _ path: String) -> Intervention.Kind? {
        var change = StaffChange()
        if let roleNode = entries["role"] {
            guard let role = Person.Role(rawValue: fields.scalarText(roleNode) ?? "") else {
                log.report(file, fields.line(roleNode), "\(path).role", "\(fields.kind(roleNode)) is not a role (allowed: nurse, doctor)")
                return nil
            }
            change.role = role
        }
        change.fte = fields.number(entries, "fte", path, default: 0, in: NumberRange(lower: -100, upper: 100))
        change.percent = fields.number(entries, "percent", path, default: 0, in: NumberRange(lower: -100, upper: 1000)) / 100
        if let personsNode = entries["new_persons"] {
            change.newPersons = fields.sequence(personsNode, "\(path).new_persons", of: "employment fractions").enumerated()
                .compactMap { fields.number($1, "\(path).new_persons[\($0)]", in: .fraction) }
        }
        if let delay = entries["fill_delay_months"] {
            change.fillDelayMonths = fields.number(delay, "\(path).fill_delay_months", in: NumberRange(lower: 0, upper: 120))
        }
        change.startupShare = fields.number(entries, "startup_share", path, default: 1, in: .share)
        change.startupMonths = fields.integer(entries, "startup_months", path, default: 0, in: 0...24)
        return .staffChange(change)
    }

    private func extendedProgramme(_ entries: [String: Node], _ path: String) -> ExtendedProgramme {
        var programme = ExtendedProgramme()
        if let agesNode = entries["visit_ages"] {
            for key in ["visits", "span_months"] where entries[key] != nil {
                log.report(file, fields.line(entries[key]), "\(path).\(key)",
                           "is given beside visit_ages (allowed: either visit_ages, or visits with span_months for evenly spaced visits)")
            }
            programme.visits = visitAges(agesNode, "\(path).visit_ages") ?? programme.visits
        } else {
            let count = fields.integer(entries, "visits", path, default: programme.visits.count, in: 1...ExtendedProgramme.maxVisits)
            let span = fields.integer(entries, "span_months", path, default: 15, in: 0...36)
            programme.visits = ExtendedProgramme.evenlySpaced(visits: count, spanMonths: span)
        }
        programme.hoursPerVisit = fields.number(entries, "hours_per_visit", path, default: programme.hoursPerVisit, in: .nonNegative)
        programme.clinicShare = fields.number(entries, "clinic_share", path, default: programme.clinicShare, in: .share)
        programme.clinicHoursPerVisit = fields.number(entries, "clinic_hours_per_visit", path,
                                                      default: programme.clinicHoursPerVisit, in: .nonNegative)
        programme.offerRate = fields.number(entries, "offer_rate", path, default: programme.offerRate, in: .share)
        programme.acceptRate = fields.number(entries, "accept_rate", path, default: programme.acceptRate, in: .share)
        programme.dropOutPerVisit = fields.number(entries, "drop_out_per_visit", path, default: programme.dropOutPerVisit, in: .share)
        if let groupNode = entries["target_group"] {
            switch fields.scalarText(groupNode) {
            case "first_time_parents": programme.firstTimeParentsOnly = true
            case "all": programme.firstTimeParentsOnly = false
            default:
                log.report(file, fields.line(groupNode), "\(path).target_group",
                           "\(fields.kind(groupNode)) is not a target group (allowed: first_time_parents, all)")
            }
        }
        return programme
    }

    private func barnHLR(_ entries: [String: Node], _ path: String) -> BarnHLR {
        var training = BarnHLR()
        training.dueAgeMonths = fields.integer(entries, "due_age_months", path, default: training.dueAgeMonths, in: 0...11)
        training.windowMonths = fields.integer(entries, "window_months", path, default: training.windowMonths, in: 1...12)
        training.hoursPerSession = fields.number(entries, "hours_per_session", path, default: training.hoursPerSession, in: .nonNegative)
        training.familiesPerSession = fields.number(entries, "families_per_session", path, default: training.familiesPerSession,
                                                    in: NumberRange(lower: 1, upper: 100))
        training.offerRate = fields.number(entries, "offer_rate", path, default: training.offerRate, in: .share)
        training.partnerShare = fields.number(entries, "partner_share", path, default: training.partnerShare, in: .share)
        training.acceptRate = fields.number(entries, "accept_rate", path, default: training.acceptRate, in: .share)
        return training
    }

    /// `visit_ages: [0.5, 2, {age: 8, replaces: eight_month_home_visit}, 15]`: 1–6 ages in months,
    /// each falling in a later month of life than the one before, a visit that is a core visit
    /// written as a mapping that names it.
    private func visitAges(_ node: Node, _ path: String) -> [ExtendedProgramme.Visit]? {
        let items = fields.sequence(node, path, of: "ages in months")
        guard (1...ExtendedProgramme.maxVisits).contains(items.count) else {
            log.report(file, fields.line(node), path,
                       "has \(items.count) visits (allowed: 1 to \(ExtendedProgramme.maxVisits) ages in months; UX273–UX278 number visits 1–6)")
            return nil
        }
        let cores = ExtendedProgramme.replaceable.map(\.rawValue)
        var visits: [ExtendedProgramme.Visit] = []
        for (index, item) in items.enumerated() {
            let field = "\(path)[\(index)]"
            var ageNode = item
            var replaces: Activity?
            if case .mapping = item {
                let parts = fields.mapping(item, field, allowed: ["age", "replaces"])
                guard let age = parts["age"] else {
                    log.report(file, fields.line(item), "\(field).age", "missing (allowed: the visit's age in months, 0 to 36)")
                    return nil
                }
                ageNode = age
                if let coreNode = parts["replaces"] {
                    guard let name = fields.scalarText(coreNode), let core = Activity(rawValue: name), ExtendedProgramme.replaceable.contains(core) else {
                        log.report(file, fields.line(coreNode), "\(field).replaces",
                                   "\(fields.kind(coreNode)) is not a core home visit (allowed: \(cores.joined(separator: ", ")))")
                        return nil
                    }
                    if visits.contains(where: { $0.replaces == core }) {
                        log.report(file, fields.line(coreNode), "\(field).replaces",
                                   "\(quoted(name)) is replaced by an earlier visit too (allowed: each core visit replaced by one visit)")
                        return nil
                    }
                    replaces = core
                }
            }
            guard let age = fields.number(ageNode, field, in: NumberRange(lower: 0, upper: 36)) else { return nil }
            let visit = ExtendedProgramme.Visit(ageMonths: age, replaces: replaces)
            if let previous = visits.last, visit.dueMonth <= previous.dueMonth {
                log.report(file, fields.line(ageNode), field,
                           "\(formatNumber(age)) falls in the same or an earlier month of life than the visit before it, \(formatNumber(previous.ageMonths)) "
                           + "(allowed: ages in increasing order, each in a later month; the model is monthly and a visit at age a falls in month ⌊a⌋)")
                return nil
            }
            visits.append(visit)
        }
        return visits
    }

    private func boundaryChange(_ entries: [String: Node], _ path: String, at node: Node) -> Intervention.Kind? {
        let share = fields.number(entries, "share", path, default: 0, in: .share)
        guard let target = fields.string(entries, "to_unit", path, at: node) else { return nil }
        guard units.contains(where: { $0.id == target }) else {
            let hint = didYouMean(target, among: units.map(\.id))
            log.report(file, fields.line(entries["to_unit"]), "\(path).to_unit",
                       "\(quoted(target)) is not a unit of the region\(hint) (allowed: a unit id from units_csv or region.units)")
            return nil
        }
        return .boundaryChange(toUnit: target, share: share)
    }

    private func interventionLogic(_ node: Node, _ path: String) -> InterventionLogic {
        let levels = ["long_term_outcome", "short_term_outcome", "activities", "resources"]
        let entries = fields.mapping(node, path, allowed: levels)
        func level(_ key: String) -> InterventionLogic.Level? {
            guard let levelNode = entries[key] else { return nil }
            let field = "\(path).\(key)"
            let parts = fields.mapping(levelNode, field, allowed: ["text", "indicators", "data_sources", "assumptions"])
            func list(_ name: String) -> [String] { parts[name].map { stringList($0, "\(field).\(name)") } ?? [] }
            return InterventionLogic.Level(text: fields.string(parts, "text", field, at: levelNode) ?? "",
                                           indicators: list("indicators"), dataSources: list("data_sources"),
                                           assumptions: list("assumptions"))
        }
        return InterventionLogic(longTermOutcome: level("long_term_outcome"), shortTermOutcome: level("short_term_outcome"),
                                 activities: level("activities"), resources: level("resources"))
    }
}
