import MonteCarlo

/// What `bhvplan sensitivity` produces: for each watched cell, how its probability of meeting
/// the target and its mean move when each uncertain assumption is set to the low and the high
/// end of its range, on common random numbers; largest change first.
public struct SensitivityResult: Sendable {
    /// One assumption's effect on one cell.
    public struct Swing: Sendable {
        public var key: CellKey
        /// The assumption's name in scenario files.
        public var assumption: String
        public var range: SensitivityRange
        /// The value in force in the scenario.
        public var value: Double
        public var base: CellAggregate
        /// The cell with the assumption at the low and at the high end of its range.
        public var low: CellAggregate
        public var high: CellAggregate
        /// Whether the cell has a target (else there is no probability to change).
        public var hasTarget: Bool

        /// Change of the probability of meeting the target at the low and the high end (nil
        /// without a target).
        public var deltaPMeetLow: Double? { hasTarget ? low.probabilityMet - base.probabilityMet : nil }
        public var deltaPMeetHigh: Double? { hasTarget ? high.probabilityMet - base.probabilityMet : nil }
        /// Change of the mean at the low and the high end.
        public var deltaMeanLow: Double { low.mean - base.mean }
        public var deltaMeanHigh: Double { high.mean - base.mean }
        /// The larger change of the probability either way (0 without a target), by which the
        /// tornado is sorted; the larger change of the mean breaks ties.
        public var pMeetSwing: Double { max(abs(deltaPMeetLow ?? 0), abs(deltaPMeetHigh ?? 0)).nanToZero }
        public var meanSwing: Double { max(abs(deltaMeanLow), abs(deltaMeanHigh)).nanToZero }
    }

    /// The scenario as run (with the trials and seed used).
    public var scenario: Scenario
    /// The watched cells in the order asked for.
    public var keys: [CellKey]
    /// Per watched cell (in the order of `keys`), every assumption's swing, largest first.
    public var swings: [[Swing]]
}

private extension Double {
    var nanToZero: Double { isNaN ? 0 : self }
}
