/// How a nurse FTE is split into persons for staffing advice. FTE is counted in grid steps of
/// 0.05 so that advice has no floating-point noise. Every person works between 0.5 and 1.0;
/// starting from all at 0.5, added steps fill the first person up to full time, then the next,
/// so each person's fraction only grows as the FTE grows (1.75 in two persons: 1.0 and 0.75).
/// That keeps a search over FTE monotone: with common random numbers a larger FTE gives every
/// person at least the hours of a smaller one.
public enum SizingSplit {
    /// FTE per grid step.
    public static let step = 0.05
    /// Grid steps in one full-time post and in the least fraction a person may work.
    static let fullTime = 20
    static let leastFraction = 10

    /// Whether `steps` can be split over `persons` persons each working 0.5–1.0.
    static func isValid(persons: Int, steps: Int) -> Bool {
        persons >= 1 && steps >= leastFraction * persons && steps <= fullTime * persons
    }

    /// The fractions of `persons` persons sharing `steps` grid steps (see the type's comment).
    static func fractions(persons: Int, steps: Int) -> [Double] {
        precondition(isValid(persons: persons, steps: steps))
        var extra = steps - leastFraction * persons
        return (0..<persons).map { _ in
            let added = min(extra, fullTime - leastFraction)
            extra -= added
            return Double(leastFraction + added) * step
        }
    }

    /// The fewest persons for `steps` grid steps of new staff (nil when below one half-time post).
    static func persons(forSteps steps: Int) -> Int? {
        let persons = (steps + fullTime - 1) / fullTime
        return isValid(persons: persons, steps: steps) ? persons : nil
    }

    /// FTE of `steps` grid steps.
    public static func fte(_ steps: Int) -> Double { Double(steps) * step }

    /// Grid steps nearest to `fte`.
    static func steps(_ fte: Double) -> Int { Int((fte / step).rounded()) }
}
