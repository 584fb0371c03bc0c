/// How the Care Need Index changes what a unit may carry: the newborns-per-FTE ceiling falls in
/// steps as CNI rises, and the hours each child needs rise with CNI above the national mean.
public struct CNIPolicy: Sendable, Equatable {
    /// A step of the ceiling table: units with CNI up to `upTo` (inclusive) may have at most
    /// `ceiling` newborns per nurse FTE. The last step has `upTo` = infinity.
    public struct Step: Sendable, Equatable {
        public var upTo: Double
        public var ceiling: Double
        /// A step: at most `ceiling` newborns per FTE for CNI up to `upTo`.
        public init(upTo: Double, ceiling: Double) { self.upTo = upTo; self.ceiling = ceiling }
    }

    /// Default steps: 55 at or below the national mean (Kronoberg's target), lower above it;
    /// the 40 at the top is in line with Kalmar's 43 per FTE in a high-load area (assumption).
    public var steps: [Step] = [
        Step(upTo: 1.0, ceiling: 55),
        Step(upTo: 1.25, ceiling: 50),
        Step(upTo: 1.5, ceiling: 45),
        Step(upTo: .infinity, ceiling: 40),
    ]
    /// Extra hours per child for each CNI point above `weightFrom` (assumption).
    public var weightSlope = 0.30
    public var weightFrom = 1.0
    /// Upper bound of the weight, so an extreme index does not give an absurd workload.
    public var weightCap = 1.6

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// The newborns-per-FTE ceiling for a unit with this CNI.
    public func ceiling(cni: Double) -> Double {
        steps.first { cni <= $0.upTo }?.ceiling ?? steps.last?.ceiling ?? 55
    }

    /// Multiplier on hours per child: 1 at or below `weightFrom`, rising linearly above it.
    public func weight(cni: Double) -> Double {
        min(weightCap, 1 + weightSlope * max(0, cni - weightFrom))
    }
}
