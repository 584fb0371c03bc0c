import Foundation
import Yams

/// Reads a scenario's `region`: units and staff inline in the YAML and/or from the CSV exports
/// it names (`units.csv`, `staff.csv`: one row per person, `births.csv`: annual history).
struct RegionReader {
    let fields: YAMLFields
    let startYear: Int
    let trend: Double
    var file: String { fields.file }
    var log: ProblemLog { fields.log }

    static let unitColumns = ["id", "name", "municipality", "cni", "newborns_per_year", "first_time_share"]
    static let optionalUnitColumns = ["moves_in_per_year", "moves_out_per_year"]
    static let staffColumns = ["id", "unit", "role", "fraction"]
    static let birthColumns = ["unit", "year", "newborns"]

    /// A unit as read, before its expected newborns are settled from value or history.
    private struct Draft {
        var unit: Unit
        var expected: Double?
        var file: String
        var line: Int?
    }

    func region(_ node: Node) -> (String, [Unit]) {
        let entries = fields.mapping(node, "region", allowed: ["name", "units_csv", "staff_csv", "births_csv", "units"])
        let name = entries["name"].flatMap { fields.string($0, "region.name") } ?? ""
        var drafts: [Draft] = []
        var staffSources: [(person: Person, unit: String, file: String, line: Int?)] = []
        var history: [String: [Int: Int]] = [:]
        var historyLines: [String: (String, Int?)] = [:]

        if let path = csvPath(entries, "units_csv") { drafts += unitsCSV(path) }
        if let list = entries["units"] {
            for (index, item) in fields.sequence(list, "region.units", of: "units").enumerated() {
                if let draft = inlineUnit(item, "region.units[\(index)]", staff: &staffSources, history: &history) {
                    drafts.append(draft)
                }
            }
        }
        if entries["units_csv"] == nil && entries["units"] == nil {
            log.report(file, fields.line(node), "region", "has no units (allowed: units_csv, units, or both)")
        }
        if let path = csvPath(entries, "staff_csv") { staffSources += staffCSV(path) }
        if let path = csvPath(entries, "births_csv") {
            for (unit, year, count, file, line) in birthsCSV(path) {
                if history[unit]?[year] != nil {
                    log.report(file, line, "year", "\(year) is given twice for unit \(unit) (allowed: one row per unit and year)")
                }
                history[unit, default: [:]][year] = count
                historyLines[unit] = historyLines[unit] ?? (file, line)
            }
        }

        var seen: [String: (String, Int?)] = [:]
        for draft in drafts {
            if let first = seen[draft.unit.id] {
                log.report(draft.file, draft.line, "id", "unit '\(draft.unit.id)' is defined twice (first at \(first.0):\(first.1 ?? 0); allowed: unique ids)")
            }
            seen[draft.unit.id] = (draft.file, draft.line)
        }
        for (unit, location) in historyLines where seen[unit] == nil {
            log.report(location.0, location.1, "unit", "'\(unit)' is not a unit of the region\(hint(unit, Array(seen.keys)))")
        }
        var personSeen: [String: (String, Int?)] = [:]
        var staffByUnit: [String: [Person]] = [:]
        for source in staffSources {
            if let first = personSeen[source.person.id] {
                log.report(source.file, source.line, "id", "person '\(source.person.id)' is listed twice (first at \(first.0):\(first.1 ?? 0); allowed: unique ids)")
            }
            personSeen[source.person.id] = (source.file, source.line)
            if seen[source.unit] == nil {
                log.report(source.file, source.line, "unit", "'\(source.unit)' is not a unit of the region\(hint(source.unit, Array(seen.keys)))")
            }
            staffByUnit[source.unit, default: []].append(source.person)
        }

        var units: [Unit] = []
        for draft in drafts {
            var unit = draft.unit
            unit.staff += staffByUnit[unit.id] ?? []
            unit.history = history[unit.id] ?? [:]
            let fit = BirthHistoryFit(history: unit.history, startYear: startYear, trend: trend)
            unit.birthRateCV = fit.map(\.rateCV)
            if let expected = draft.expected {
                unit.expectedNewborns = expected
            } else if let fit {
                unit.expectedNewborns = fit.expected
            } else {
                log.report(draft.file, draft.line, "newborns_per_year",
                           "missing for unit \(unit.id) (allowed: a number ≥ 0, or a history of annual newborns)")
            }
            if !unit.staff.contains(where: { $0.role == .nurse }) {
                log.report(draft.file, draft.line, "staff", "unit \(unit.id) has no nurse (allowed: at least one nurse)")
            }
            units.append(unit)
        }
        return (name, units)
    }

    private func hint(_ name: String, _ candidates: [String]) -> String {
        closestName(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    private func csvPath(_ entries: [String: Node], _ key: String) -> String? {
        guard let node = entries[key], let path = fields.string(node, "region.\(key)") else { return nil }
        return InputFile.resolve(path, relativeTo: file)
    }

    private func table(_ path: String, required: [String], optional: [String] = []) -> CSVTable? {
        switch InputFile.text(at: path) {
        case .failure(let problem):
            log.append(problem)
            return nil
        case .success(let text):
            return CSVTable(text: text, file: path, required: required, optional: optional, log: log)
        }
    }

    private func csvNumber(_ row: CSVTable.Row, _ column: String, _ file: String, in range: NumberRange) -> Double? {
        range.check(row.values[column] ?? "", file: file, line: row.line, field: column, log: log)
    }

    private func csvText(_ row: CSVTable.Row, _ column: String, _ file: String) -> String? {
        let text = row.values[column] ?? ""
        if text.isEmpty { log.report(file, row.line, column, "is empty (allowed: a text)") }
        return text.isEmpty ? nil : text
    }

    private func unitsCSV(_ path: String) -> [Draft] {
        guard let table = table(path, required: Self.unitColumns, optional: Self.optionalUnitColumns) else { return [] }
        return table.rows.compactMap { row in
            let id = csvText(row, "id", path)
            let name = csvText(row, "name", path)
            let municipality = csvText(row, "municipality", path)
            let cni = csvNumber(row, "cni", path, in: .positive)
            let share = csvNumber(row, "first_time_share", path, in: .share)
            let expected = (row.values["newborns_per_year"] ?? "").isEmpty ? nil : csvNumber(row, "newborns_per_year", path, in: .nonNegative)
            let movesIn = (row.values["moves_in_per_year"] ?? "").isEmpty ? 0 : csvNumber(row, "moves_in_per_year", path, in: .nonNegative)
            let movesOut = (row.values["moves_out_per_year"] ?? "").isEmpty ? 0 : csvNumber(row, "moves_out_per_year", path, in: .nonNegative)
            guard let id, let name, let municipality, let cni, let share, let movesIn, let movesOut else { return nil }
            let unit = Unit(id: id, name: name, municipality: municipality, cni: cni, expectedNewborns: expected ?? 0,
                            firstTimeShare: share, movesInPerYear: movesIn, movesOutPerYear: movesOut)
            return Draft(unit: unit, expected: expected, file: path, line: row.line)
        }
    }

    private func staffCSV(_ path: String) -> [(person: Person, unit: String, file: String, line: Int?)] {
        guard let table = table(path, required: Self.staffColumns) else { return [] }
        return table.rows.compactMap { row in
            let id = csvText(row, "id", path)
            let unit = csvText(row, "unit", path)
            let role = self.role(row.values["role"] ?? "", file: path, line: row.line, field: "role")
            let fraction = csvNumber(row, "fraction", path, in: .fraction)
            guard let id, let unit, let role, let fraction else { return nil }
            return (Person(id: id, role: role, fraction: fraction), unit, path, row.line)
        }
    }

    private func birthsCSV(_ path: String) -> [(String, Int, Int, String, Int?)] {
        guard let table = table(path, required: Self.birthColumns) else { return [] }
        return table.rows.compactMap { row in
            let unit = csvText(row, "unit", path)
            let year = Int(row.values["year"] ?? "")
            if year == nil || !(1900...2200).contains(year!) {
                log.report(path, row.line, "year", "'\(row.values["year"] ?? "")' is not a year (allowed: a whole number from 1900 to 2200)")
            }
            let count = Int(row.values["newborns"] ?? "")
            if count == nil || count! < 0 {
                log.report(path, row.line, "newborns", "'\(row.values["newborns"] ?? "")' is not a count (allowed: a whole number ≥ 0)")
            }
            guard let unit, let year, let count, (1900...2200).contains(year), count >= 0 else { return nil }
            return (unit, year, count, path, row.line)
        }
    }

    private func role(_ text: String, file: String, line: Int?, field: String) -> Person.Role? {
        if let role = Person.Role(rawValue: text) { return role }
        let allowed = Person.Role.allCases.map(\.rawValue)
        let hint = closestName(to: text, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
        log.report(file, line, field, "'\(text)' is not a role\(hint) (allowed: \(allowed.joined(separator: ", ")))")
        return nil
    }

    private func inlineUnit(_ node: Node, _ path: String, staff: inout [(person: Person, unit: String, file: String, line: Int?)],
                            history: inout [String: [Int: Int]]) -> Draft? {
        let entries = fields.mapping(node, path, allowed: [
            "id", "name", "municipality", "cni", "newborns_per_year", "newborn_history", "first_time_share",
            "moves_in_per_year", "moves_out_per_year", "planned_births", "staff",
        ])
        guard case .mapping = node else { return nil }
        let id = fields.string(entries, "id", path, at: node)
        let name = fields.string(entries, "name", path, at: node)
        let municipality = fields.string(entries, "municipality", path, at: node)
        var cni: Double?
        if let cniNode = entries["cni"] {
            cni = fields.number(cniNode, "\(path).cni", in: .positive)
        } else {
            log.report(file, fields.line(node), "\(path).cni", "missing (allowed: a number > 0)")
        }
        let expected = entries["newborns_per_year"].flatMap { fields.number($0, "\(path).newborns_per_year", in: .nonNegative) }
        var unit = Unit(id: id ?? "", name: name ?? "", municipality: municipality ?? "", cni: cni ?? 1, expectedNewborns: expected ?? 0)
        unit.firstTimeShare = fields.number(entries, "first_time_share", path, default: unit.firstTimeShare, in: .share)
        unit.movesInPerYear = fields.number(entries, "moves_in_per_year", path, default: 0, in: .nonNegative)
        unit.movesOutPerYear = fields.number(entries, "moves_out_per_year", path, default: 0, in: .nonNegative)
        if let planned = entries["planned_births"] {
            let items = fields.sequence(planned, "\(path).planned_births", of: "monthly counts")
            if items.count > 12 {
                log.report(file, fields.line(planned), "\(path).planned_births", "has \(items.count) months (allowed: at most 12)")
            }
            unit.plannedBirths = items.prefix(12).enumerated().compactMap {
                fields.integer($1, "\(path).planned_births[\($0)]", in: 0...100_000)
            }
        }
        if let historyNode = entries["newborn_history"], let id {
            let field = "\(path).newborn_history"
            if case .mapping(let mapping) = historyNode {
                for (yearNode, countNode) in mapping {
                    if let year = fields.integer(yearNode, field, in: 1900...2200),
                       let count = fields.integer(countNode, "\(field).\(year)", in: 0...1_000_000) {
                        history[id, default: [:]][year] = count
                    }
                }
            } else {
                log.report(file, fields.line(historyNode), field, "expected a mapping of year: newborns")
            }
        }
        if let staffNode = entries["staff"], let id {
            for (index, item) in fields.sequence(staffNode, "\(path).staff", of: "persons").enumerated() {
                let field = "\(path).staff[\(index)]"
                let person = fields.mapping(item, field, allowed: ["id", "role", "fraction"])
                guard case .mapping = item else { continue }
                let personID = fields.string(person, "id", field, at: item)
                var role: Person.Role?
                if let roleNode = person["role"] {
                    role = self.role(fields.scalarText(roleNode) ?? "", file: file, line: fields.line(roleNode), field: "\(field).role")
                } else {
                    log.report(file, fields.line(item), "\(field).role", "missing (allowed: nurse, doctor)")
                }
                var fraction: Double?
                if let fractionNode = person["fraction"] {
                    fraction = fields.number(fractionNode, "\(field).fraction", in: .fraction)
                } else {
                    log.report(file, fields.line(item), "\(field).fraction", "missing (allowed: 0 < x ≤ 1)")
                }
                if let personID, let role, let fraction {
                    staff.append((Person(id: personID, role: role, fraction: fraction), id, file, fields.line(item)))
                }
            }
        }
        guard id != nil, name != nil, municipality != nil, cni != nil else { return nil }
        return Draft(unit: unit, expected: expected, file: file, line: fields.line(node))
    }
}
