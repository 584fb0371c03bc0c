/// The trade-off between persons and FTE for one unit: for each number of persons, 1 …
/// `maxPersons`, the least FTE on the 0.05 grid that meets every target with the confidence in
/// each year sized for.
///
/// Per year and number of persons: one check at full time, then bisection between half and full
/// time (fill-first splits make the search monotone, see ``SizingSplit``). Over several years
/// the least FTE that holds in each is the largest of the years' (the same monotonicity), run
/// once more in the years that needed less to give its probabilities. Once the 25-per-nurse
/// floor fails, more persons fail it too: they are checked at full time only.
extension UnitSizer {
    /// One year's search for one number of persons.
    struct YearRow {
        var limit: StaffingOption.Limit
        /// The least FTE in grid steps and what it achieves; nil unless met.
        var steps: Int?
        var least: StaffingOutcome?
        var fullTime: StaffingOutcome
    }

    /// A unit's trade-off, each year's own advice, and its ceiling.
    struct TradeOff {
        var options: [StaffingOption]
        var needs: [YearNeed]
        var ceiling: Double
    }

    func tradeOff(_ id: String, in variant: Scenario? = nil) -> TradeOff {
        let perYear = probes.map { yearRows(id, probe: $0, in: variant) }
        let options = (1...request.maxPersons).map { persons in
            option(id, persons: persons, rows: perYear.map { $0[persons - 1] }, in: variant)
        }
        let needs = zip(probes, perYear).map { probe, rows in
            let single = rows.enumerated().map { index, row in
                StaffingOption(persons: index + 1, limit: row.limit,
                               fractions: row.steps.map { SizingSplit.fractions(persons: index + 1, steps: $0) },
                               probabilities: (row.least ?? row.fullTime).probabilities(request.targets))
            }
            return YearNeed(year: probe.scenario.startYear + probe.yearIndex, newborns: rows[0].fullTime.newborns,
                            option: single.preferred(personCostFTE: request.personCostFTE))
        }
        return TradeOff(options: options, needs: needs, ceiling: perYear[0][0].fullTime.ceiling)
    }

    /// Every number of persons in one year.
    private func yearRows(_ id: String, probe: SizingProbe, in variant: Scenario?) -> [YearRow] {
        let checksFloor = request.targets.contains(.newbornsPerNurse)
        func evaluate(_ persons: Int, _ steps: Int) -> StaffingOutcome {
            probe.evaluate(unit: id, staff: staffList(id, nurses: SizingSplit.fractions(persons: persons, steps: steps), in: variant),
                           in: variant)
        }
        var belowFloor = false
        return (1...request.maxPersons).map { persons in
            let fullTime = evaluate(persons, SizingSplit.fullTime * persons)
            if belowFloor || checksFloor && fullTime.probability(.newbornsPerNurse) < request.confidence {
                belowFloor = true
                return YearRow(limit: .belowFloor, fullTime: fullTime)
            }
            guard fullTime.meets(request.targets, confidence: request.confidence) else {
                return YearRow(limit: .unmetAtFullTime, fullTime: fullTime)
            }
            var low = SizingSplit.leastFraction * persons - 1
            var high = SizingSplit.fullTime * persons
            var found = fullTime
            while high - low > 1 {
                let middle = (low + high) / 2
                let outcome = evaluate(persons, middle)
                if outcome.meets(request.targets, confidence: request.confidence) {
                    high = middle
                    found = outcome
                } else {
                    low = middle
                }
            }
            return YearRow(limit: .met, steps: high, least: found, fullTime: fullTime)
        }
    }

    /// One number of persons over all years: met only if met in each, at the largest year's FTE;
    /// probabilities are the worst year's.
    private func option(_ id: String, persons: Int, rows: [YearRow], in variant: Scenario?) -> StaffingOption {
        func worst(_ outcomes: [StaffingOutcome]) -> [TargetProbability] {
            request.targets.map { target in
                TargetProbability(indicator: target, probability: outcomes.map { $0.probability(target) }.min()!)
            }
        }
        let needed = rows.compactMap(\.steps)
        guard needed.count == rows.count, let steps = needed.max() else {
            let limit: StaffingOption.Limit = rows.contains { $0.limit == .belowFloor } ? .belowFloor : .unmetAtFullTime
            return StaffingOption(persons: persons, limit: limit, fractions: nil, probabilities: worst(rows.map(\.fullTime)))
        }
        let fractions = SizingSplit.fractions(persons: persons, steps: steps)
        let outcomes = zip(probes, rows).map { probe, row in
            row.steps == steps ? row.least! : probe.evaluate(unit: id, staff: staffList(id, nurses: fractions, in: variant), in: variant)
        }
        return StaffingOption(persons: persons, limit: .met, fractions: fractions, probabilities: worst(outcomes))
    }
}
