import ChildHealth
import ResultFormat

/// The nurse FTE a unit needs where some of its misses no single driver explains: the search of
/// `bhvplan size --unit U --year Y --targets …` over those of the unit's targets in the year,
/// with the attribution's seed, trials and confidence. A target that even the most persons at
/// full time do not meet is said so and left out of a second search for the others, so that it
/// does not hide what the others need. Only a unit with such a row is sized, once or twice: a
/// sizing runs the unit many times.
enum AttributionSizing {
    /// The target of `row` when it gets a sizing: something is unexplained (as the sentence
    /// rounds it), and more nurse hours can meet the target.
    static func sizedTarget(_ row: AttributionRow) -> Indicator? {
        guard (row.unexplained * 100).rounded() > 0 else { return nil }
        return SizingRequest.hourTargets.first { $0.id == row.indicator }
    }

    /// `rows` with `fteNeeded` or `unmetWithPersons` set on each row with a ``sizedTarget(_:)``;
    /// `progress` hears (units sized, units to size). Nil when `isCancelled` stopped it.
    static func sized(_ rows: [AttributionRow], in scenario: Scenario, confidence: Double, workers: Int,
                      progress: (@Sendable (Int, Int) -> Void)?,
                      isCancelled: @escaping @Sendable () -> Bool) throws(CommandFailure) -> [AttributionRow]? {
        struct UnitYear: Hashable {
            var unit: String
            var year: Int
        }
        var groups: [UnitYear: [Int]] = [:]
        var order: [UnitYear] = []
        for index in rows.indices where sizedTarget(rows[index]) != nil {
            let key = UnitYear(unit: rows[index].unit, year: rows[index].year)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var rows = rows
        for (done, key) in order.enumerated() {
            var pending = groups[key]!
            while !pending.isEmpty {
                var request = SizingRequest(confidence: confidence, years: key.year...key.year,
                                            targets: pending.map { sizedTarget(rows[$0])! }, workers: workers)
                request.isCancelled = isCancelled
                let (finding, probabilities): (SizingFinding, [TargetProbability])
                do {
                    (finding, probabilities) = try Sizing.nurseFinding(of: key.unit, in: scenario, request: request)
                } catch where error.interrupted {
                    return nil
                } catch {
                    throw CommandFailure("bhvplan: \(error.description)", status: 2)
                }
                switch finding {
                case .met(let changeSteps):
                    for index in pending { rows[index].fteNeeded = SizingSplit.fte(changeSteps) }
                    pending = []
                case .unmet(let maxPersons):
                    // The probabilities are those of the most persons at full time.
                    let unmet = Set(probabilities.filter { $0.probability < confidence }.map(\.indicator))
                    let failing = pending.filter { unmet.isEmpty || unmet.contains(sizedTarget(rows[$0])!) }
                    for index in failing { rows[index].unmetWithPersons = maxPersons }
                    pending.removeAll { failing.contains($0) }
                case .floorConflict:
                    pending = []  // only a search for the floor of newborns per nurse ends so
                }
            }
            progress?(done + 1, order.count)
        }
        return rows
    }
}
