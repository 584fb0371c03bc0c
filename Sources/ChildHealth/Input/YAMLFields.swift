import Foundation
import Yams

/// Reads typed fields out of a YAML node tree, logging every problem with its line and field
/// path instead of stopping at the first, and rejecting keys it does not know.
struct YAMLFields {
    let file: String
    let log: ProblemLog

    func line(_ node: Node?) -> Int? { node?.mark?.line }

    /// What a node is, for messages about a value of the wrong kind.
    func kind(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : quoted(scalar.string)
        case .alias: "an alias"
        }
    }

    /// The entries of a mapping; unknown keys are reported with a "did you mean" hint.
    func mapping(_ node: Node, _ path: String, allowed: [String]) -> [String: Node] {
        let allowedList = allowed.joined(separator: ", ")
        guard case .mapping(let mapping) = node else {
            log.report(file, line(node), path, "expected a mapping of fields, found \(kind(node)) (allowed: \(allowedList))")
            return [:]
        }
        var fields: [String: Node] = [:]
        var merged: [(key: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            if keyNode.tag.rawValue == Tag.Name.merge.rawValue {
                merged += mergedPairs(value, join(path, "<<"))
                continue
            }
            guard let key = scalarText(keyNode) else {
                log.report(file, line(keyNode), path, "\(kind(keyNode)) is used as a field name (allowed: \(allowedList))")
                continue
            }
            let field = join(path, shortened(key))
            if !allowed.contains(key) {
                let hint = didYouMean(key, among: allowed)
                log.report(file, line(keyNode), field, "unknown field\(hint) (allowed: \(allowedList))")
            } else if fields[key] != nil {
                log.report(file, line(keyNode), field, "given twice (allowed: once)")
            } else {
                fields[key] = value
            }
        }
        // YAML merge keys (`<<: *shared`): a field given in the mapping itself wins over a merged
        // one, and an earlier merged mapping over a later one. A merged field is checked where it
        // is written, in the shared block.
        var mergedKeys: Set<String> = []
        for (keyNode, value) in merged {
            guard let key = scalarText(keyNode) else {
                log.report(file, line(keyNode), path, "\(kind(keyNode)) is used as a field name (allowed: \(allowedList))")
                continue
            }
            guard fields[key] == nil || mergedKeys.contains(key) else { continue }
            if !allowed.contains(key) {
                log.report(file, line(keyNode), join(path, shortened(key)), "unknown field\(didYouMean(key, among: allowed)) (allowed: \(allowedList))")
            } else if !mergedKeys.contains(key) {
                fields[key] = value
                mergedKeys.insert(key)
            }
        }
        return fields
    }

    /// The pairs a merge key's value brings in: a mapping's (its own merges first resolved), or
    /// each mapping's of a list in order.
    private func mergedPairs(_ value: Node, _ field: String) -> [(key: Node, value: Node)] {
        func pairs(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
            var own: [(key: Node, value: Node)] = []
            var inner: [(key: Node, value: Node)] = []
            for (key, value) in mapping {
                if key.tag.rawValue == Tag.Name.merge.rawValue { inner += mergedPairs(value, field) } else { own.append((key, value)) }
            }
            return own + inner
        }
        switch value {
        case .mapping(let mapping):
            return pairs(mapping)
        case .sequence(let sequence):
            return sequence.flatMap { item -> [(key: Node, value: Node)] in
                guard case .mapping(let mapping) = item else {
                    log.report(file, line(item), field, "expected a mapping, found \(kind(item)) (allowed: a mapping or a list of mappings to merge)")
                    return []
                }
                return pairs(mapping)
            }
        default:
            log.report(file, line(value), field, "expected a mapping, found \(kind(value)) (allowed: a mapping or a list of mappings to merge)")
            return []
        }
    }

    /// The items of a sequence.
    func sequence(_ node: Node, _ path: String, of what: String) -> [Node] {
        guard case .sequence(let sequence) = node else {
            log.report(file, line(node), path, "expected a list, found \(kind(node)) (allowed: a list of \(what))")
            return []
        }
        return Array(sequence)
    }

    func scalarText(_ node: Node) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    /// A required string.
    func string(_ fields: [String: Node], _ key: String, _ path: String, at parent: Node) -> String? {
        guard let node = fields[key] else {
            log.report(file, line(parent), join(path, key), "missing (allowed: a text)")
            return nil
        }
        return string(node, join(path, key))
    }

    /// A text that names something (an id, a name), which the result files will hold: like
    /// ``string(_:_:_:at:)``, and free of control characters.
    func label(_ fields: [String: Node], _ key: String, _ path: String, at parent: Node) -> String? {
        guard let text = string(fields, key, path, at: parent) else { return nil }
        if let problem = controlCharacterProblem(text) {
            log.report(file, line(fields[key]), join(path, key), problem)
            return nil
        }
        return text
    }

    func string(_ node: Node, _ field: String) -> String? {
        guard let text = scalarText(node), !text.trimmingWhitespace().isEmpty else {
            log.report(file, line(node), field, "expected a text, found \(kind(node)) (allowed: a non-empty text)")
            return nil
        }
        return text
    }

    /// A finite number within `range`, or the default when the key is absent.
    func number(_ fields: [String: Node], _ key: String, _ path: String,
                default value: Double, in range: NumberRange) -> Double {
        guard let node = fields[key] else { return value }
        return number(node, join(path, key), in: range) ?? value
    }

    func number(_ node: Node, _ field: String, in range: NumberRange) -> Double? {
        guard let text = scalarText(node) else {
            log.report(file, line(node), field, "expected a number, found \(kind(node)) (allowed: \(range))")
            return nil
        }
        return range.check(text, file: file, line: line(node), field: field, log: log)
    }

    /// A whole number within `range`, or the default when the key is absent.
    func integer(_ fields: [String: Node], _ key: String, _ path: String,
                 default value: Int, in range: ClosedRange<Int>) -> Int {
        guard let node = fields[key] else { return value }
        return integer(node, join(path, key), in: range) ?? value
    }

    func integer(_ node: Node, _ field: String, in range: ClosedRange<Int>) -> Int? {
        let allowed = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let text = scalarText(node)?.trimmingWhitespace() else {
            log.report(file, line(node), field, "expected a whole number, found \(kind(node)) (allowed: \(allowed))")
            return nil
        }
        guard let value = Int(text) else {
            // Digits too many for an integer are a number out of range, not a typo.
            let isWhole = !text.isEmpty && text.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isASCIIDigit)
            log.report(file, line(node), field, "\(quoted(text)) is \(isWhole ? "out of range" : "not a whole number") (allowed: \(allowed))")
            return nil
        }
        guard range.contains(value) else {
            log.report(file, line(node), field, "\(value) is out of range (allowed: \(allowed))")
            return nil
        }
        return value
    }

    func bool(_ fields: [String: Node], _ key: String, _ path: String, default value: Bool) -> Bool {
        guard let node = fields[key] else { return value }
        switch scalarText(node)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.report(file, line(node), join(path, key), "\(kind(node)) is not true or false (allowed: true, false)")
            return value
        }
    }

    /// A fixed-length list of numbers, e.g. one per month.
    func numbers(_ fields: [String: Node], _ key: String, _ path: String, count: Int,
                 default value: [Double], in range: NumberRange) -> [Double] {
        guard let node = fields[key] else { return value }
        let field = join(path, key)
        let items = sequence(node, field, of: "\(count) numbers")
        guard items.count == count else {
            if case .sequence = node {
                log.report(file, line(node), field, "has \(items.count) numbers (allowed: exactly \(count))")
            }
            return value
        }
        let parsed = items.enumerated().compactMap { number($1, "\(field)[\($0)]", in: range) }
        return parsed.count == count ? parsed : value
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// The values a numeric field accepts, and how to say so in an error message.
struct NumberRange: CustomStringConvertible, Sendable {
    var lower: Double
    var upper: Double
    var lowerOpen = false
    var upperOpen = false

    static let share = NumberRange(lower: 0, upper: 1)
    static let nonNegative = NumberRange(lower: 0, upper: .infinity)
    static let positive = NumberRange(lower: 0, upper: .infinity, lowerOpen: true)
    static let fraction = NumberRange(lower: 0, upper: 1, lowerOpen: true)
    /// Newborns or moves of one unit in a year: far above any real unit, low enough that every
    /// count the model draws stays exact.
    static let annualCount = NumberRange(lower: 0, upper: 100_000)

    var description: String {
        switch (lower, upper) {
        case (-.infinity, .infinity): return "a finite number"
        case (_, .infinity): return lowerOpen ? "a number > \(formatNumber(lower))" : "a number ≥ \(formatNumber(lower))"
        default:
            let left = lowerOpen ? "\(formatNumber(lower)) < x" : "\(formatNumber(lower)) ≤ x"
            let right = upperOpen ? "x < \(formatNumber(upper))" : "x ≤ \(formatNumber(upper))"
            return "\(left), \(right)".replacingOccurrences(of: "x, x", with: "x")
        }
    }

    func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        let aboveLower = lowerOpen ? value > lower : value >= lower
        let belowUpper = upperOpen ? value < upper : value <= upper
        return aboveLower && belowUpper
    }

    /// Parses and range-checks a number, logging what is wrong. YAML's `.nan` and `.inf` are
    /// recognised as numbers that are not finite.
    func check(_ text: String, file: String, line: Int?, field: String, log: ProblemLog) -> Double? {
        let trimmed = text.trimmingWhitespace()
        let yamlSpecial = [".nan", ".inf", "+.inf", "-.inf"].contains(trimmed.lowercased())
        guard let value = Double(trimmed), !trimmed.hasPrefix("0x") else {
            let what = yamlSpecial ? "is not a finite number" : "is not a number"
            log.report(file, line, field, "\(quoted(trimmed)) \(what) (allowed: \(self))")
            return nil
        }
        guard value.isFinite else {
            log.report(file, line, field, "\(quoted(trimmed)) is not a finite number (allowed: \(self))")
            return nil
        }
        guard contains(value) else {
            log.report(file, line, field, "\(quoted(trimmed)) is out of range (allowed: \(self))")
            return nil
        }
        return value
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
