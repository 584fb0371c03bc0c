/// A target on one output cell: the value must be at least, or at most, a bound.
public enum Threshold: Sendable, Equatable {
    case atLeast(Double)
    case atMost(Double)

    /// The bound itself, as printed in the `target` column.
    public var bound: Double {
        switch self {
        case .atLeast(let bound), .atMost(let bound): bound
        }
    }

    /// Whether `value` meets the target; an undefined (NaN) value never does.
    @inline(__always)
    public func isMet(by value: Double) -> Bool {
        switch self {
        case .atLeast(let bound): value >= bound
        case .atMost(let bound): value <= bound
        }
    }
}
