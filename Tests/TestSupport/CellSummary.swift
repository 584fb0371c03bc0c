import ChildHealth
import MonteCarlo

/// A run's cell as numbers that compare with `==`, so tests can say "every cell of 2026 is
/// identical" or "this cell moved".
public struct CellSummary: Equatable, Sendable {
    public var key: CellKey
    public var count: Int
    public var mean: Double
    public var quantiles: [Double]
    public var probabilityMet: Double

    public init(_ cell: RunResult.Cell) {
        key = cell.key
        count = cell.aggregate.count
        mean = cell.aggregate.mean
        quantiles = [0.05, 0.25, 0.5, 0.75, 0.95].map(cell.aggregate.quantile)
        probabilityMet = cell.aggregate.probabilityMet
    }
}

extension RunResult {
    /// The cells defined in some trial that `include` selects, as comparable summaries.
    public func summaries(where include: (CellKey) -> Bool = { _ in true }) -> [CellSummary] {
        cells.filter { $0.aggregate.count > 0 && include($0.key) }.map(CellSummary.init)
    }
}
