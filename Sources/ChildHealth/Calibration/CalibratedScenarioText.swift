import Foundation

/// A scenario file rewritten with fitted values: each value put in place (its section and keys
/// added where the file has none, block style; `interventions[2].offer_rate` in the list's third
/// item, which must be there), with a comment that gives its fit, standard error,
/// method and sample; everything else of the file kept as it was. Flow-style mappings (`{…}`) on the
/// way to a fitted value are not rewritten: the value is then not placed and ``unplaced`` names it.
public struct CalibratedScenarioText: Sendable {
    public private(set) var lines: [String]
    /// Fields that could not be placed because the file writes their section in flow style.
    public private(set) var unplaced: [String] = []

    /// `text` with `values` in place, named `name`, not a baseline, each `…_csv` path passed
    /// through `movePath` (the new file may live elsewhere), and `header` as comment lines on top.
    public init(original text: String, values: [FittedValue], name: String, header: [String], movePath: (String) -> String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for index in lines.indices {
            guard let (indent, key, value) = Self.entry(lines[index]), key.hasSuffix("_csv"), !value.isEmpty else { continue }
            lines[index] = "\(indent)\(key): \(movePath(Self.unquoted(value)))"
        }
        set(["name"], to: name, comment: nil)
        if find("baseline", in: 0..<lines.count, indent: "") != nil { set(["baseline"], to: "false", comment: nil) }
        for value in values {
            set(value.field.split(separator: ".").map(String.init), to: value.text, comment: value.comment)
        }
        lines = header.map { "# " + $0 } + lines
    }

    /// The file's text.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    private mutating func set(_ path: [String], to value: String, comment: String?) {
        var range = 0..<lines.count
        var indent = ""
        for (depth, component) in path.enumerated() {
            let (key, item) = Self.split(component)
            let last = depth == path.count - 1
            guard let index = find(key, in: range, indent: indent) else {
                guard item == nil else { unplaced.append(path.joined(separator: ".")); return }
                insert(Array(path[depth...]), value: value, comment: comment, at: end(of: range), indent: indent)
                return
            }
            if last {
                // The prefix keeps a list item's dash: `  - accept_rate: …`.
                let prefix = String(lines[index].prefix { $0 == " " || $0 == "-" })
                lines[index] = "\(prefix)\(key): \(value)" + (comment.map { "  # \($0)" } ?? "")
                return
            }
            guard let (_, _, rest) = Self.entry(lines[index]), rest.isEmpty || rest.hasPrefix("#") else {
                unplaced.append(path.joined(separator: "."))
                return
            }
            let block = index + 1..<blockEnd(after: index, indent: indent)
            if let item {
                guard let found = self.item(item, in: block) else { unplaced.append(path.joined(separator: ".")); return }
                (range, indent) = found
            } else {
                indent = childIndent(in: block) ?? indent + "  "
                range = block
            }
        }
    }

    /// `interventions[2]` → (`interventions`, 2); `births` → (`births`, nil).
    private static func split(_ component: String) -> (key: String, item: Int?) {
        guard component.hasSuffix("]"), let open = component.firstIndex(of: "["),
              let item = Int(component[component.index(after: open)..<component.index(before: component.endIndex)]) else {
            return (component, nil)
        }
        return (String(component[..<open]), item)
    }

    /// The lines of the `number`th item (from 0) of the block sequence in `block`, and the
    /// indentation of its keys; nil when the sequence has fewer items.
    private func item(_ number: Int, in block: Range<Int>) -> (Range<Int>, String)? {
        let dashes = block.filter { lines[$0].drop { $0 == " " }.hasPrefix("- ") }
        guard let dashIndent = dashes.map({ Self.indentation(lines[$0]).count }).min() else { return nil }
        let starts = dashes.filter { Self.indentation(lines[$0]).count == dashIndent }
        guard number < starts.count else { return nil }
        let end = number + 1 < starts.count ? starts[number + 1] : block.upperBound
        return (starts[number]..<end, String(repeating: " ", count: dashIndent + 2))
    }

    private mutating func insert(_ path: [String], value: String, comment: String?, at position: Int, indent: String) {
        var added: [String] = []
        var current = indent
        for (depth, key) in path.enumerated() {
            if depth == path.count - 1 {
                added.append("\(current)\(key): \(value)" + (comment.map { "  # \($0)" } ?? ""))
            } else {
                added.append("\(current)\(key):")
                current += "  "
            }
        }
        if indent.isEmpty, position > 0, !lines[position - 1].trimmingCharacters(in: .whitespaces).isEmpty { added.insert("", at: 0) }
        lines.insert(contentsOf: added, at: position)
    }

    /// The line of `key` at `indent` in `range`; a list item's first key, on its dash line, counts
    /// as at the item's indentation.
    private func find(_ key: String, in range: Range<Int>, indent: String) -> Int? {
        range.first { index in
            var line = lines[index]
            if indent.count >= 2, line.hasPrefix(String(indent.dropLast(2)) + "- ") {
                line = indent + line.dropFirst(indent.count)
            }
            guard let (lineIndent, lineKey, _) = Self.entry(line) else { return false }
            return lineIndent == indent && lineKey == key
        }
    }

    /// The line after the last one of the block that starts below `index`.
    private func blockEnd(after index: Int, indent: String) -> Int {
        var end = index + 1
        var position = index + 1
        while position < lines.count {
            let line = lines[position]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                guard Self.indentation(line).count > indent.count else { break }
                end = position + 1
            }
            position += 1
        }
        return end
    }

    /// Where new keys of a block go: after its last line with content.
    private func end(of range: Range<Int>) -> Int {
        var end = range.lowerBound
        for index in range where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { end = index + 1 }
        return range.isEmpty ? range.lowerBound : end
    }

    private func childIndent(in block: Range<Int>) -> String? {
        block.lazy.compactMap { Self.entry(self.lines[$0])?.indent }.first
    }

    /// A `key: value` line's indentation, key and the rest after the colon (trimmed).
    static func entry(_ line: String) -> (indent: String, key: String, value: String)? {
        let indent = indentation(line)
        let body = line.dropFirst(indent.count)
        guard !body.hasPrefix("#"), !body.hasPrefix("-"), let colon = body.firstIndex(of: ":") else { return nil }
        let key = String(body[..<colon])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return (indent, key, body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    private static func indentation(_ line: String) -> String { String(line.prefix { $0 == " " }) }

    private static func unquoted(_ value: String) -> String {
        var text = value
        if let hash = text.range(of: " #") { text = String(text[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces) }
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first { text = String(text.dropFirst().dropLast()) }
        return text
    }
}
