import ChildHealth
import ResultFormat

/// The nurse FTE a unit needs where some of its misses no single driver explains: the search of
/// `bhvplan size --unit U --year Y --targets …` over those of the unit's targets in the year,
/// with the attribution's seed, trials and confidence. Each unit is sized once, and only a unit
/// with such a row: a sizing runs the unit many times.
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
            let indices = groups[key]!
            var request = SizingRequest(confidence: confidence, years: key.year...key.year,
                                        targets: indices.map { sizedTarget(rows[$0])! }, workers: workers)
            request.isCancelled = isCancelled
            let finding: SizingFinding
            do {
                finding = try Sizing.nurseFinding(of: key.unit, in: scenario, request: request)
            } catch where error.interrupted {
                return nil
            } catch {
                throw CommandFailure("bhvplan: \(error.description)", status: 2)
            }
            for index in indices {
                switch finding {
                case .met(let changeSteps): rows[index].fteNeeded = SizingSplit.fte(changeSteps)
                case .unmet(let maxPersons): rows[index].unmetWithPersons = maxPersons
                case .floorConflict: break  // only a sizing for the floor of newborns per nurse meets it
                }
            }
            progress?(done + 1, order.count)
        }
        return rows
    }
}
