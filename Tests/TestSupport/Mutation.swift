import MonteCarlo

/// Seeded random mutations of input files, shared by the fuzz tests of the scenario reader and of
/// the result-set reader.

/// One random change to a file's bytes.
public enum Mutation {
    public static let values = ["[1, 2]", "{a: 1}", "text", "-1", ".nan", "nan", "-inf", "1e308", "99999999999999999999",
                         "", "0", "-0.0", "~", "\"", "2.5", "1900", "VXJ-ARABY", "nurse", "0x10", "'", "&a", "*a"]

    public static func apply(to bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        guard !bytes.isEmpty else { return Array(values[random.below(values.count)].utf8) }
        var bytes = bytes
        switch random.below(7) {
        case 0: // flip a byte
            bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
        case 1: // truncate
            bytes.removeSubrange(random.below(bytes.count)...)
        case 2, 3: // delete, duplicate or move a line
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            let index = random.below(lines.count)
            switch random.below(3) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            default: lines.swapAt(index, random.below(lines.count))
            }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        default: // put another kind of value where a value was
            let separators: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "\n")]
            let starts = bytes.indices.filter { separators.contains(bytes[$0]) }
            guard let start = starts.isEmpty ? nil : starts[random.below(starts.count)] else { return bytes }
            var end = start + 1
            while end < bytes.count && !separators.contains(bytes[end]) { end += 1 }
            let separator = bytes[start] == UInt8(ascii: ":") ? " " : ""
            bytes.replaceSubrange((start + 1)..<end, with: Array((separator + values[random.below(values.count)]).utf8))
        }
        return bytes
    }
}

/// The engine's SplitMix64, seeded for the fuzz tests, so every run mutates the same way.
extension SplitMix64 {
    public init(seed: UInt64) { self.init(state: seed) }

    /// Uniform in 0..<bound.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
