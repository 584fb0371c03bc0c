import MonteCarlo

/// Where a comparison's values sit in a trial's row of cells. The base scenario's cells
/// (``CellLayout``) come first; then, for each other scenario, three blocks of the same length
/// and order: its value, the paired difference (other − base), and whether it is better (1/0).
/// Cells are matched across scenarios by (unit, year, indicator), so the order of units in
/// the scenario files does not matter.
struct ComparisonLayout: Sendable {
    /// The plans run in every trial, the base first.
    let plans: [RegionPlan]
    let layouts: [CellLayout]
    /// Per scenario, for each base cell, the index of the same (unit, year, indicator) in that
    /// scenario's own layout.
    let sourceCells: [[Int]]
    /// Per base cell, which way is better (nil: neither).
    let directions: [ComparisonDirection?]

    init(plans: [RegionPlan]) {
        self.plans = plans
        let scenarios = plans.map(\.scenario)
        layouts = plans.map { CellLayout(plan: $0, scenarios: scenarios) }
        let base = layouts[0]
        // Every scenario of a comparison has the same start year (``ComparisonMismatch``).
        func key(_ cell: CellLayout.Cell) -> CellKey { cell.key(startYear: 0) }
        sourceCells = layouts.map { layout in
            var index: [CellKey: Int] = [:]
            for (offset, cell) in layout.cells.enumerated() { index[key(cell)] = offset }
            return base.cells.map { index[key($0)]! }
        }
        directions = base.cells.map { key($0).betterDirection }
    }

    /// Cells per scenario block.
    var blockLength: Int { layouts[0].cells.count }

    /// First cell of the blocks of other scenario `other` (1 = the first after the base).
    func otherBase(_ other: Int) -> Int { blockLength + (other - 1) * 3 * blockLength }

    var cellCount: Int { blockLength * (1 + 3 * (plans.count - 1)) }

    /// Each cell's target: the base's and each other scenario's own; none for differences.
    var thresholds: [Threshold?] {
        var thresholds = layouts[0].cells.map(\.threshold)
        for other in 1..<plans.count {
            thresholds += sourceCells[other].map { layouts[other].cells[$0].threshold }
            thresholds += Array(repeating: nil, count: 2 * blockLength)
        }
        return thresholds
    }
}
