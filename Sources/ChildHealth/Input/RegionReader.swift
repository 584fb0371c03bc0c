import Foundation
import Yams

/// Reads a scenario's `region`: units and staff inline in the YAML and/or from the CSV exports
/// it names (`units.csv`, `staff.csv`: one row per person, `births.csv`: annual history).
struct RegionReader {
    let fields: YAMLFields
    let startYear: Int
    /// Years projected: planned births may name any of their months.
    let horizon: Int
    let trend: Double
    var file: String { fields.file }
    var log: ProblemLog { fields.log }

    static let unitColumns = ["id", "name", "municipality", "cni", "newborns_per_year", "first_time_share"]
    static let optionalUnitColumns = ["moves_in_per_year", "moves_out_per_year"]
    static let staffColumns = ["id", "unit", "role", "fraction"]
    /// Least employment a nurse should have: Region Kronoberg, Planering och uppföljning av
    /// barnhälsovårdens verksamhet (key figures). Below it is a warning, not an error.
    static let leastNurseFraction = 0.5

    /// The warning for a nurse below ``leastNurseFraction``.
    static func lowNurseFraction(_ nurse: Person) -> String {
        "nurse \(quoted(nurse.id)) works \(formatNumber(nurse.fraction)) of full time, below "
            + "\(formatNumber(leastNurseFraction)), the least Region Kronoberg's key figures ask of a nurse (the run goes ahead)"
    }
    static let birthColumns = ["unit", "year", "newborns"]
    static let plannedBirthColumns = ["unit", "month", "births"]
    /// The unit id the result files give the region's rows (ResultFormat's `RegionUnit.id`): no
    /// unit may have it, in any case, or its rows would pass for the region's.
    static let regionID = "REGION"
    /// Calendar years a history may name, and the counts it may give per unit and year.
    static let years = 1900...2200
    static let annualCounts = 0...100_000

    /// A unit as read, before its expected newborns are settled from value or history.
    private struct Draft {
        var unit: Unit
        var expected: Double?
        var file: String
        var line: Int?
    }

    /// Where an id was given, valid row or not, so duplicates and unknown names are found in
    /// every row, not only in the rows without other problems.
    private struct Sighting {
        var id: String
        var file: String
        var line: Int?
    }

    /// A person's row as read: whatever could be read of it.
    private struct StaffRow {
        var id: String?
        var unit: String?
        var role: Person.Role?
        var person: Person?
        var file: String
        var line: Int?
        /// The fraction's field as messages name it.
        var fractionField: String
    }

    func region(_ node: Node) -> (String, [Unit]) {
        let entries = fields.mapping(node, "region", allowed: ["name", "units_csv", "staff_csv", "births_csv", "planned_births_csv", "units"])
        let name = entries["name"].flatMap { fields.string($0, "region.name") } ?? ""
        var drafts: [Draft] = []
        var unitSightings: [Sighting] = []
        var staffRows: [StaffRow] = []
        var history: [String: [Int: Int]] = [:]
        var historyLines: [String: (String, Int?)] = [:]

        // Without a readable units file, names of units in other files cannot be checked.
        var unitsComplete = true
        if let path = csvPath(entries, "units_csv") {
            if let read = unitsCSV(path, sightings: &unitSightings) { drafts += read } else { unitsComplete = false }
        } else if entries["units_csv"] != nil {
            unitsComplete = false
        }
        if let list = entries["units"] {
            for (index, item) in fields.sequence(list, "region.units", of: "units").enumerated() {
                if let draft = inlineUnit(item, "region.units[\(index)]", sightings: &unitSightings, staff: &staffRows, history: &history) {
                    drafts.append(draft)
                }
            }
        }
        if entries["units_csv"] == nil && entries["units"] == nil {
            log.report(file, fields.line(node), "region", "has no units (allowed: units_csv, units, or both)")
        }
        var staffComplete = true
        if let path = csvPath(entries, "staff_csv") {
            if let read = staffCSV(path) { staffRows += read } else { staffComplete = false }
        } else if entries["staff_csv"] != nil {
            staffComplete = false
        }
        if let path = csvPath(entries, "births_csv") {
            for (unit, year, count, file, line) in birthsCSV(path) {
                guard isPast(year, file: file, line: line, field: "year") else { continue }
                if history[unit]?[year] != nil {
                    log.report(file, line, "year", "\(year) is given twice for unit \(quoted(unit)) (allowed: one row per unit and year)")
                }
                history[unit, default: [:]][year] = count
                historyLines[unit] = historyLines[unit] ?? (file, line)
            }
        }

        // Planned births from a due-date list: unit → month from January of the start year.
        var planned: [String: [Int: Int]] = [:]
        var plannedLines: [String: (String, Int?)] = [:]
        if let path = csvPath(entries, "planned_births_csv") {
            for (unit, month, count, file, line) in plannedBirthsCSV(path) {
                if planned[unit]?[month] != nil {
                    log.report(file, line, "month", "\(YearMonth(year: startYear + month / 12, month: month % 12 + 1)) is given twice "
                               + "for unit \(quoted(unit)) (allowed: one row per unit and month)")
                }
                planned[unit, default: [:]][month] = count
                plannedLines[unit] = plannedLines[unit] ?? (file, line)
            }
        }

        var firstSeen: [String: (String, Int?)] = [:]
        var knownIDs: [String] = []
        for sighting in unitSightings {
            if sighting.id.uppercased() == Self.regionID {
                log.report(sighting.file, sighting.line, "id",
                           "\(quoted(sighting.id)) is reserved for the region's own rows in the results (allowed: any other unit id)")
            }
            if let first = firstSeen[sighting.id] {
                log.report(sighting.file, sighting.line, "id",
                           "unit \(quoted(sighting.id)) is defined twice, first at \(location(first)) (allowed: one definition per unit id)")
            } else {
                firstSeen[sighting.id] = (sighting.file, sighting.line)
                knownIDs.append(sighting.id)
            }
        }
        for (unit, location) in (historyLines.merging(plannedLines) { first, _ in first }).sorted(by: { $0.key < $1.key })
        where unitsComplete && firstSeen[unit] == nil {
            log.report(location.0, location.1, "unit", unknownUnit(unit, knownIDs))
        }
        var personSeen: [String: (String, Int?)] = [:]
        var unitsWithNurseRows: Set<String> = []
        var staffByUnit: [String: [Person]] = [:]
        for row in staffRows {
            if let id = row.id {
                if let first = personSeen[id] {
                    log.report(row.file, row.line, "id", "person \(quoted(id)) is listed twice, first at \(location(first)) (allowed: one row per person id)")
                } else {
                    personSeen[id] = (row.file, row.line)
                }
            }
            if let unit = row.unit, unitsComplete, firstSeen[unit] == nil {
                log.report(row.file, row.line, "unit", unknownUnit(unit, knownIDs))
            }
            if let unit = row.unit, let person = row.person { staffByUnit[unit, default: []].append(person) }
            if let person = row.person, person.role == .nurse, person.fraction < Self.leastNurseFraction {
                log.warn(row.file, row.line, row.fractionField, Self.lowNurseFraction(person))
            }
            if let unit = row.unit, row.role == .nurse { unitsWithNurseRows.insert(unit) }
        }

        var units: [Unit] = []
        for draft in drafts {
            var unit = draft.unit
            unit.staff += staffByUnit[unit.id] ?? []
            unit.history = history[unit.id] ?? [:]
            for (month, count) in planned[unit.id] ?? [:] {
                if unit.plannedBirths[month] != nil, let place = plannedLines[unit.id] {
                    log.report(place.0, place.1, "unit", "\(quoted(unit.id)) has planned births for "
                               + "\(YearMonth(year: startYear + month / 12, month: month % 12 + 1)) in planned_births too (allowed: each month in one place)")
                }
                unit.plannedBirths[month] = count
            }
            let fit = BirthHistoryFit(history: unit.history, startYear: startYear, trend: trend)
            if let expected = draft.expected {
                unit.expectedNewborns = expected
            } else if let fit {
                unit.expectedNewborns = fit.expected
            } else {
                log.report(draft.file, draft.line, "newborns_per_year",
                           "missing for unit \(quoted(unit.id)) (allowed: \(NumberRange.annualCount), or a history of annual newborns)")
            }
            if staffComplete && !unitsWithNurseRows.contains(unit.id) {
                log.report(draft.file, draft.line, "staff", "unit \(quoted(unit.id)) has no nurse (allowed: at least one nurse per unit)")
            }
            units.append(unit)
        }
        return (name, units)
    }

    /// Whether a history year lies before the start year; reports it when not, as a projected
    /// year's births are the model's to draw (known ones go in `planned_births`).
    private func isPast(_ year: Int, file: String, line: Int?, field: String) -> Bool {
        guard year >= startYear else { return true }
        log.report(file, line, field, "\(year) is not before start_year \(startYear) (allowed: history years up to \(startYear - 1); "
                   + "known births of the start year go in planned_births)")
        return false
    }

    /// "'X' is not a unit of the region", with a "did you mean" hint.
    private func unknownUnit(_ name: String, _ known: [String]) -> String {
        let hint = didYouMean(name, among: known)
        return "\(quoted(name)) is not a unit of the region\(hint) (allowed: a unit id from units_csv or region.units)"
    }

    /// `FILE:LINE`, or `FILE` where the line is unknown.
    private func location(_ place: (String, Int?)) -> String {
        place.1.map { "\(place.0):\($0)" } ?? place.0
    }

    /// What a CSV file of the region should hold, as messages say it.
    private static let csvKind = "a CSV file with a header line"

    /// The path `region.KEY` gives, resolved; a path that does not lead to a file is reported at
    /// the scenario line that gives it (the reading of the table then stays silent about it).
    private func csvPath(_ entries: [String: Node], _ key: String) -> String? {
        guard let node = entries[key], let given = fields.string(node, "region.\(key)") else { return nil }
        let path = InputFile.resolve(given, relativeTo: file)
        if let problem = InputFile.pathProblem(path, kind: Self.csvKind) {
            log.report(file, fields.line(node), "region.\(key)", "\(quoted(given)) \(problem)")
        }
        return path
    }

    private func table(_ path: String, required: [String], optional: [String] = []) -> CSVTable? {
        if InputFile.pathProblem(path, kind: Self.csvKind) != nil { return nil }  // reported by csvPath
        switch InputFile.csvText(at: path, kind: Self.csvKind) {
        case .failure(let problem):
            log.append(problem)
            return nil
        case .success(let (text, encoding)):
            let table = CSVTable(text: text, file: path, required: required, optional: optional, log: log)
            if let table { log.note(CSVFileFormat(file: path, dialect: table.dialect, encoding: encoding)) }
            return table
        }
    }

    private func csvNumber(_ row: CSVTable.Row, _ column: String, _ file: String, in range: NumberRange) -> Double? {
        range.check(row.values[column] ?? "", file: file, line: row.line, field: column, log: log)
    }

    /// A whole number in `range`; otherwise logs the value and `what` is wrong with it.
    private func csvWholeNumber(_ row: CSVTable.Row, _ column: String, _ file: String,
                                in range: ClosedRange<Int>, _ what: String) -> Int? {
        let text = row.values[column] ?? ""
        if let value = Int(text), range.contains(value) { return value }
        log.report(file, row.line, column, "\(quoted(text)) \(what) (allowed: a whole number from \(range.lowerBound) to \(range.upperBound))")
        return nil
    }

    private func csvText(_ row: CSVTable.Row, _ column: String, _ file: String) -> String? {
        let text = row.values[column] ?? ""
        if text.isEmpty { log.report(file, row.line, column, "is empty (allowed: a text)") }
        if let problem = controlCharacterProblem(text) {
            log.report(file, row.line, column, problem)
            return nil
        }
        return text.isEmpty ? nil : text
    }

    /// The valid units of a units file; nil when the file itself could not be read.
    private func unitsCSV(_ path: String, sightings: inout [Sighting]) -> [Draft]? {
        guard let table = table(path, required: Self.unitColumns, optional: Self.optionalUnitColumns) else { return nil }
        if table.rows.isEmpty { log.report(path, nil, "", "has no units (allowed: one row per unit below the header line)") }
        return table.rows.compactMap { row in
            let id = csvText(row, "id", path)
            if let id { sightings.append(Sighting(id: id, file: path, line: row.line)) }
            let name = csvText(row, "name", path)
            let municipality = csvText(row, "municipality", path)
            let cni = csvNumber(row, "cni", path, in: .positive)
            let share = csvNumber(row, "first_time_share", path, in: .share)
            let expected = (row.values["newborns_per_year"] ?? "").isEmpty ? nil : csvNumber(row, "newborns_per_year", path, in: .annualCount)
            let movesIn = (row.values["moves_in_per_year"] ?? "").isEmpty ? 0 : csvNumber(row, "moves_in_per_year", path, in: .annualCount)
            let movesOut = (row.values["moves_out_per_year"] ?? "").isEmpty ? 0 : csvNumber(row, "moves_out_per_year", path, in: .annualCount)
            guard let id, let name, let municipality, let cni, let share, let movesIn, let movesOut else { return nil }
            let unit = Unit(id: id, name: name, municipality: municipality, cni: cni, expectedNewborns: expected ?? 0,
                            firstTimeShare: share, movesInPerYear: movesIn, movesOutPerYear: movesOut)
            return Draft(unit: unit, expected: expected, file: path, line: row.line)
        }
    }

    /// Every row of a staff file; nil when the file itself could not be read.
    private func staffCSV(_ path: String) -> [StaffRow]? {
        guard let table = table(path, required: Self.staffColumns) else { return nil }
        return table.rows.map { row in
            let id = csvText(row, "id", path)
            let unit = csvText(row, "unit", path)
            let role = self.role(row.values["role"] ?? "", file: path, line: row.line, field: "role")
            let fraction = csvNumber(row, "fraction", path, in: .fraction)
            var person: Person?
            if let id, let role, let fraction { person = Person(id: id, role: role, fraction: fraction) }
            return StaffRow(id: id, unit: unit, role: role, person: person, file: path, line: row.line, fractionField: "fraction")
        }
    }

    private func birthsCSV(_ path: String) -> [(String, Int, Int, String, Int?)] {
        guard let table = table(path, required: Self.birthColumns) else { return [] }
        return table.rows.compactMap { row in
            let unit = csvText(row, "unit", path)
            let year = csvWholeNumber(row, "year", path, in: Self.years, "is not a year")
            let count = csvWholeNumber(row, "newborns", path, in: Self.annualCounts, "is not a count")
            guard let unit, let year, let count else { return nil }
            return (unit, year, count, path, row.line)
        }
    }

    /// The rows of a planned-births file (a region's due-date list): unit, month as YYYY-MM
    /// within the projected years (as months from January of the start year), and births.
    private func plannedBirthsCSV(_ path: String) -> [(String, Int, Int, String, Int?)] {
        guard let table = table(path, required: Self.plannedBirthColumns) else { return [] }
        let first = YearMonth(year: startYear, month: 1)
        let last = YearMonth(year: startYear + horizon - 1, month: 12)
        return table.rows.compactMap { row in
            let unit = csvText(row, "unit", path)
            let text = row.values["month"] ?? ""
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            var month: Int?
            if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let number = Int(parts[1]),
               (1...12).contains(number), !(YearMonth(year: year, month: number) < first), !(last < YearMonth(year: year, month: number)) {
                month = YearMonth(year: year, month: number).months(since: startYear)
            } else {
                log.report(path, row.line, "month", "\(quoted(text)) is not a projected month (allowed: YYYY-MM from \(first) to \(last))")
            }
            let count = csvWholeNumber(row, "births", path, in: Self.annualCounts, "is not a count")
            guard let unit, let month, let count else { return nil }
            return (unit, month, count, path, row.line)
        }
    }

    private func role(_ text: String, file: String, line: Int?, field: String) -> Person.Role? {
        if let role = Person.Role(rawValue: text) { return role }
        let allowed = Person.Role.allCases.map(\.rawValue)
        let hint = didYouMean(text, among: allowed)
        log.report(file, line, field, "\(quoted(text)) is not a role\(hint) (allowed: \(allowed.joined(separator: ", ")))")
        return nil
    }

    private func inlineUnit(_ node: Node, _ path: String, sightings: inout [Sighting], staff: inout [StaffRow],
                            history: inout [String: [Int: Int]]) -> Draft? {
        let entries = fields.mapping(node, path, allowed: [
            "id", "name", "municipality", "cni", "newborns_per_year", "newborn_history", "first_time_share",
            "moves_in_per_year", "moves_out_per_year", "planned_births", "staff",
        ])
        guard case .mapping = node else { return nil }
        let id = fields.label(entries, "id", path, at: node)
        if let id { sightings.append(Sighting(id: id, file: file, line: fields.line(entries["id"]))) }
        let name = fields.label(entries, "name", path, at: node)
        let municipality = fields.label(entries, "municipality", path, at: node)
        var cni: Double?
        if let cniNode = entries["cni"] {
            cni = fields.number(cniNode, "\(path).cni", in: .positive)
        } else {
            log.report(file, fields.line(node), "\(path).cni", "missing (allowed: a number > 0)")
        }
        let expected = entries["newborns_per_year"].flatMap { fields.number($0, "\(path).newborns_per_year", in: .annualCount) }
        var unit = Unit(id: id ?? "", name: name ?? "", municipality: municipality ?? "", cni: cni ?? 1, expectedNewborns: expected ?? 0)
        unit.firstTimeShare = fields.number(entries, "first_time_share", path, default: unit.firstTimeShare, in: .share)
        unit.movesInPerYear = fields.number(entries, "moves_in_per_year", path, default: 0, in: .annualCount)
        unit.movesOutPerYear = fields.number(entries, "moves_out_per_year", path, default: 0, in: .annualCount)
        if let planned = entries["planned_births"] {
            let items = fields.sequence(planned, "\(path).planned_births", of: "monthly counts")
            if items.count > 12 {
                log.report(file, fields.line(planned), "\(path).planned_births", "has \(items.count) months (allowed: at most 12)")
            }
            for (month, item) in items.prefix(12).enumerated() {
                unit.plannedBirths[month] = fields.integer(item, "\(path).planned_births[\(month)]", in: Self.annualCounts)
            }
        }
        if let historyNode = entries["newborn_history"], let id {
            let field = "\(path).newborn_history"
            if case .mapping(let mapping) = historyNode {
                for (yearNode, countNode) in mapping {
                    if let year = fields.integer(yearNode, field, in: Self.years),
                       isPast(year, file: file, line: fields.line(yearNode), field: field),
                       let count = fields.integer(countNode, "\(field).\(year)", in: Self.annualCounts) {
                        history[id, default: [:]][year] = count
                    }
                }
            } else {
                log.report(file, fields.line(historyNode), field, "expected a mapping, found \(fields.kind(historyNode)) (allowed: a mapping of year: newborns)")
            }
        }
        if let staffNode = entries["staff"], let id {
            for (index, item) in fields.sequence(staffNode, "\(path).staff", of: "persons").enumerated() {
                let field = "\(path).staff[\(index)]"
                let personFields = fields.mapping(item, field, allowed: ["id", "role", "fraction"])
                guard case .mapping = item else { continue }
                let personID = fields.label(personFields, "id", field, at: item)
                var role: Person.Role?
                if let roleNode = personFields["role"] {
                    role = self.role(fields.scalarText(roleNode) ?? "", file: file, line: fields.line(roleNode), field: "\(field).role")
                } else {
                    log.report(file, fields.line(item), "\(field).role", "missing (allowed: nurse, doctor)")
                }
                var fraction: Double?
                if let fractionNode = personFields["fraction"] {
                    fraction = fields.number(fractionNode, "\(field).fraction", in: .fraction)
                } else {
                    log.report(file, fields.line(item), "\(field).fraction", "missing (allowed: 0 < x ≤ 1)")
                }
                var person: Person?
                if let personID, let role, let fraction { person = Person(id: personID, role: role, fraction: fraction) }
                staff.append(StaffRow(id: personID, unit: id, role: role, person: person, file: file, line: fields.line(item),
                                      fractionField: "\(field).fraction"))
            }
        }
        guard id != nil, name != nil, municipality != nil, cni != nil else { return nil }
        return Draft(unit: unit, expected: expected, file: file, line: fields.line(node))
    }
}
