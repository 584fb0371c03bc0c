import CSVText
import Foundation
import Yams

/// A what-if written as a scenario file of its own, to sit next to the scenario it was asked of:
/// the original file with its name, description and the unit's values changed, and its
/// interventions rewritten as the what-if rewrote them (``ProgrammeRewrite``). The files the
/// original names are never altered: when the unit's staff, CNI or newborns live in a CSV file
/// (`staff_csv`, `units_csv`), an edited copy of it is written under the new scenario's name
/// (`NAME-staff.csv`, `NAME-units.csv`) and the new file names the copy. The original's
/// comments are not carried over; `header` becomes the new file's opening comment.
public struct SavedWhatIf: Sendable {
    /// The files to write, by name in the original's folder, the scenario file first.
    public private(set) var files: [(name: String, text: String)] = []

    /// Scenario names a saved what-if may have: they become file names.
    public static let allowedName = "1 to 60 letters a–z or A–Z, digits, - and _"

    /// Whether `name` is an allowed scenario name (``allowedName``): nothing that could leave the folder.
    public static func isAllowed(_ name: String) -> Bool {
        (1...60).contains(name.count) && name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
        }
    }

    /// The files of `edit` (accepted by ``UnitEdit/apply(to:source:)``) of `scenario`, loaded
    /// from `file`, saved as scenario `name` described by `description`.
    public init(file: String, scenario: Scenario, edit: UnitEdit, name: String, description: String, header: [String]) throws(InputProblems) {
        let changed: Scenario
        switch edit.apply(to: scenario, source: "what-if") {
        case .success(let accepted): changed = accepted
        case .failure(let problems): throw problems
        }
        guard let index = scenario.units.firstIndex(where: { $0.id == edit.unit }) else {
            throw InputProblems([InputProblem(file: file, line: nil, field: "unit", message: "\(quoted(edit.unit)) is not a unit of the scenario")])
        }
        let original = scenario.units[index], unit = changed.units[index]
        let text: String
        switch InputFile.text(at: file, kind: "a scenario in YAML") {
        case .success(let contents): text = contents
        case .failure(let problem): throw InputProblems([problem])
        }
        guard case .mapping(var root)? = try? Yams.compose(yaml: text), case .mapping(var region)? = Self.value(root, "region") else {
            throw InputProblems([InputProblem(file: file, line: nil, field: "", message: "cannot be read as a scenario any more (allowed: the file as loaded)")])
        }
        root = Self.setting(root, "name", Node(name))
        root = Self.setting(root, "description", Node(description))
        if Self.value(root, "baseline") != nil { root = Self.setting(root, "baseline", Node("false")) }

        var csvFiles: [(String, String)] = []
        let inline = Self.inlineUnits(region).firstIndex { Self.value($0, "id")?.string == unit.id }
        var inlineUnit = inline.map { Self.inlineUnits(region)[$0] }
        // Staff: where the unit's staff rows are, in the staff CSV file or in the unit's own list.
        if let path = Self.value(region, "staff_csv")?.string,
           let table = try Self.table(InputFile.resolve(path, relativeTo: file)),
           let unitColumn = table.header.firstIndex(of: "unit"), table.rows.contains(where: { $0[unitColumn] == unit.id }) {
            let copy = "\(name)-staff.csv"
            csvFiles.append((copy, table.replacingRows(of: unit.id, in: unitColumn, with: unit.staff.map {
                ["id": $0.id, "unit": unit.id, "role": $0.role.rawValue, "fraction": UnitEdit.text($0.fraction)]
            })))
            region = Self.setting(region, "staff_csv", Node(copy))
            inlineUnit = inlineUnit.map { Self.setting($0, "staff", nil) }
        } else if inlineUnit != nil {
            let persons = unit.staff.map { person in
                Node.mapping(Node.Mapping([(Node("id"), Node(person.id)), (Node("role"), Node(person.role.rawValue)),
                                           (Node("fraction"), Node(UnitEdit.text(person.fraction)))], .implicit, .flow))
            }
            inlineUnit = inlineUnit.map { Self.setting($0, "staff", .sequence(Node.Sequence(persons))) }
        }
        // CNI and newborns, where they changed: in the unit's own entry or in the units CSV file.
        var values: [String: String] = [:]
        if unit.cni != original.cni { values["cni"] = UnitEdit.text(unit.cni) }
        if unit.expectedNewborns != original.expectedNewborns { values["newborns_per_year"] = UnitEdit.text(unit.expectedNewborns) }
        if !values.isEmpty, inlineUnit != nil {
            for (key, value) in values.sorted(by: { $0.key < $1.key }) { inlineUnit = inlineUnit.map { Self.setting($0, key, Node(value)) } }
        } else if !values.isEmpty, let path = Self.value(region, "units_csv")?.string,
                  let table = try Self.table(InputFile.resolve(path, relativeTo: file)) {
            let copy = "\(name)-units.csv"
            csvFiles.append((copy, table.changing(values, ofRowWhere: "id", is: unit.id)))
            region = Self.setting(region, "units_csv", Node(copy))
        }
        if let inline, let inlineUnit {
            var units = Self.inlineUnits(region)
            units[inline] = inlineUnit
            region = Self.setting(region, "units", .sequence(Node.Sequence(units.map { .mapping($0) })))
        }
        root = Self.setting(root, "region", .mapping(region))
        if let rewrite = edit.programmeRewrite(in: scenario) {
            root = Self.setting(root, "interventions", .sequence(Node.Sequence(Self.interventions(root, rewrite, unit: unit.id))))
        }
        let yaml: String
        do {
            yaml = try Yams.serialize(node: .mapping(root), width: -1, allowUnicode: true)
        } catch {
            throw InputProblems([InputProblem(file: file, line: nil, field: "", message: "cannot be written again: \(error)")])
        }
        files = [("\(name).yaml", header.map { "# " + $0 + "\n" }.joined() + yaml)] + csvFiles
    }

    // MARK: - The interventions

    /// The `interventions` list rewritten as `rewrite` rewrites the scenario's: each narrowed
    /// programme names the units it keeps, and the unit's own programme is a copy of its template
    /// (or the defaults) naming the unit.
    private static func interventions(_ root: Node.Mapping, _ rewrite: ProgrammeRewrite, unit: String) -> [Node] {
        let items: [Node] = if case .sequence(let list)? = value(root, "interventions") { Array(list) } else { [] }
        func narrowed(_ item: Node, to units: [String]) -> Node {
            guard case .mapping(var mapping) = item else { return item }
            for key in ["municipalities", "cni_above"] { mapping = setting(mapping, key, nil) }
            return .mapping(setting(mapping, "units", .sequence(Node.Sequence(units.map { Node($0) }, .implicit, .flow))))
        }
        var result: [Node] = []
        for (index, item) in items.enumerated() {
            guard let kept = rewrite.narrowed[index] else { result.append(item); continue }
            if !kept.isEmpty { result.append(narrowed(item, to: kept)) }
        }
        if let added = rewrite.added, let offer = ProgrammeRewrite.offer(of: added) {
            let template = rewrite.template.map { items[$0] }
                ?? .mapping(Node.Mapping([(Node("name"), Node(added.name)), (Node("type"), Node("extended_home_visits"))]))
            guard case .mapping(let own) = narrowed(template, to: [unit]) else { return result }
            result.append(.mapping(setting(own, "offer_rate", Node(UnitEdit.text(offer)))))
        }
        return result
    }

    // MARK: - YAML mappings by key

    private static func value(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }

    /// `mapping` with `key` set to `value` in its place (at the end when new), or removed (nil).
    private static func setting(_ mapping: Node.Mapping, _ key: String, _ value: Node?) -> Node.Mapping {
        var pairs = mapping.map { ($0.key, $0.value) }
        if let index = pairs.firstIndex(where: { $0.0.string == key }) {
            if let value { pairs[index].1 = value } else { pairs.remove(at: index) }
        } else if let value {
            pairs.append((Node(key), value))
        }
        return Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
    }

    private static func inlineUnits(_ region: Node.Mapping) -> [Node.Mapping] {
        guard case .sequence(let list)? = value(region, "units") else { return [] }
        return list.compactMap { if case .mapping(let unit) = $0 { unit } else { nil } }
    }

    // MARK: - CSV copies

    /// A CSV file's header and rows, in its own dialect.
    private struct Table {
        var header: [String]
        var rows: [[String]]
        var dialect: CSVDialect

        /// The text with the rows whose `column` is `value` replaced by `replacement` (by column
        /// name, numbers as tidy text), put where the first of them was.
        func replacingRows(of value: String, in column: Int, with replacement: [[String: String]]) -> String {
            let first = rows.firstIndex { $0[column] == value } ?? rows.count
            let added = replacement.map { fields in
                header.map { name in name == "fraction" ? dialect.number(fields[name] ?? "") : fields[name] ?? "" }
            }
            var kept = rows
            kept.removeAll { $0[column] == value }
            kept.insert(contentsOf: added, at: min(first, kept.count))
            return text(kept)
        }

        /// The text with `values` (numbers, by column name) set in the row whose `key` column is `id`.
        func changing(_ values: [String: String], ofRowWhere key: String, is id: String) -> String {
            guard let keyColumn = header.firstIndex(of: key) else { return text(rows) }
            let changed = rows.map { row in
                guard row[keyColumn] == id else { return row }
                return header.enumerated().map { column, name in values[name].map(dialect.number) ?? row[column] }
            }
            return text(changed)
        }

        private func text(_ rows: [[String]]) -> String {
            CSVWriting.text([header] + rows, separator: dialect.separator)
        }
    }

    private static func table(_ path: String) throws(InputProblems) -> Table? {
        let text: String
        switch InputFile.csvText(at: path, kind: "a CSV file with a header line") {
        case .success(let read): text = read.text
        case .failure(let problem): throw InputProblems([problem])
        }
        let dialect = CSVDialect.detect(text)
        guard let records = try? dialect.records(in: text), let header = records.first?.fields else { return nil }
        return Table(header: header.map { $0.trimmingCharacters(in: .whitespaces) },
                     rows: records.dropFirst().map(\.fields).filter { $0.count == header.count }, dialect: dialect)
    }
}
