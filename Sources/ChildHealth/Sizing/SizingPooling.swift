/// What pooling a unit that cannot be staffed alone with a neighbour would achieve.
///
/// Without coordinates, the "nearest" neighbour is taken from the same municipality: of the
/// other units there, from the fewest newborns up, the first whose pooled unit meets every
/// target in every year sized for. The smallest such partner changes the least for families and
/// staff. The joint unit's advice prefers fewer persons as a unit's own does.
extension UnitSizer {
    func pooling(_ unit: Unit) -> PoolingFinding {
        let neighbours = scenario.units.filter { $0.municipality == unit.municipality && $0.id != unit.id }
            .sorted { ($0.expectedNewborns, $0.id) < ($1.expectedNewborns, $1.id) }
        guard !neighbours.isEmpty else { return .noNeighbour(municipality: unit.municipality) }
        for neighbour in neighbours {
            let (pooledScenario, pooled) = scenario.pooling(unit, with: neighbour)
            let tradeOff = self.tradeOff(pooled.id, in: pooledScenario)
            guard let advised = tradeOff.options.preferred(personCostFTE: request.personCostFTE) else { continue }
            return .pooled(PooledUnit(
                neighbour: neighbour.id, municipality: unit.municipality, newborns: tradeOff.needs[0].newborns,
                ceiling: tradeOff.ceiling, fractions: advised.fractions!, probabilities: advised.probabilities,
                currentFTE: pooled.nurseFTE, currentNurses: pooled.nurses.count))
        }
        return .noneMeets(municipality: unit.municipality)
    }
}

extension Scenario {
    /// The scenario with `unit` and `neighbour` merged into one unit in place of `unit`, named by
    /// both ids in sorted order (`A+B`, whichever of the two asks, so both see the same streams): births, moves and planned deliveries added, CNI and first-time share weighted by
    /// newborns, both staff lists. Interventions that name either unit by id do not apply to it.
    func pooling(_ unit: Unit, with neighbour: Unit) -> (Scenario, Unit) {
        let total = unit.expectedNewborns + neighbour.expectedNewborns
        func weighted(_ a: Double, _ b: Double) -> Double {
            total > 0 ? (a * unit.expectedNewborns + b * neighbour.expectedNewborns) / total : (a + b) / 2
        }
        var history: [Int: Int] = [:]
        for (year, count) in unit.history { if let other = neighbour.history[year] { history[year] = count + other } }
        let planned = unit.plannedBirths.merging(neighbour.plannedBirths, uniquingKeysWith: +)
        let cv = [unit.birthRateCV, neighbour.birthRateCV].compactMap { $0 }.max()
        let pooled = Unit(id: [unit.id, neighbour.id].sorted().joined(separator: "+"), name: "\(unit.name) + \(neighbour.name)",
                          municipality: unit.municipality, cni: weighted(unit.cni, neighbour.cni), expectedNewborns: total,
                          birthRateCV: cv, history: history, firstTimeShare: weighted(unit.firstTimeShare, neighbour.firstTimeShare),
                          movesInPerYear: unit.movesInPerYear + neighbour.movesInPerYear,
                          movesOutPerYear: unit.movesOutPerYear + neighbour.movesOutPerYear,
                          plannedBirths: planned, staff: unit.staff + neighbour.staff)
        var scenario = self
        scenario.units = units.compactMap { $0.id == unit.id ? pooled : ($0.id == neighbour.id ? nil : $0) }
        return (scenario, pooled)
    }
}
