/// Which way an output cell improves, for the "other scenario is better" probability of a
/// comparison (see ``Indicator/betterDirection`` and ``CellKey``).
public enum ComparisonDirection: Sendable {
    case higherIsBetter
    case lowerIsBetter

    /// 1 when `other` is strictly better than `base`, 0 when not, NaN when either is undefined.
    @inline(__always)
    func better(base: Double, other: Double) -> Double {
        if base.isNaN || other.isNaN { return .nan }
        switch self {
        case .higherIsBetter: return other > base ? 1 : 0
        case .lowerIsBetter: return other < base ? 1 : 0
        }
    }
}
