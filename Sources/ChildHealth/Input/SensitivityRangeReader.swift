import Yams

extension ScenarioReader {
    /// The scenario's own ranges for a sensitivity analysis: under `sensitivity:`, an
    /// assumption's name (``UncertainAssumption/catalogue``) and `[low, high]`, both values the
    /// assumption's field allows and low ≤ high.
    func sensitivityRanges(_ node: Node) -> [String: ClosedRange<Double>] {
        let path = "sensitivity"
        let entries = fields.mapping(node, path, allowed: UncertainAssumption.catalogue.map(\.name))
        var ranges: [String: ClosedRange<Double>] = [:]
        for assumption in UncertainAssumption.catalogue {
            guard let entry = entries[assumption.name] else { continue }
            let bounds = fields.numbers(entries, assumption.name, path, count: 2, default: [], in: assumption.allowed)
            guard bounds.count == 2 else { continue }
            guard bounds[0] <= bounds[1] else {
                log.report(file, fields.line(entry), "\(path).\(assumption.name)",
                           "low \(formatNumber(bounds[0])) is above high \(formatNumber(bounds[1])) (allowed: [low, high] with low ≤ high)")
                continue
            }
            ranges[assumption.name] = bounds[0]...bounds[1]
        }
        return ranges
    }
}
