/// What one year of the period sized for needs on its own, so the advice can say in which year
/// a unit's need changes.
public struct YearNeed: Sendable, Equatable {
    public var year: Int
    /// Mean newborns in the year.
    public var newborns: Double
    /// The advised option of that year alone; nil when no option meets every target that year.
    public var option: StaffingOption?
}
