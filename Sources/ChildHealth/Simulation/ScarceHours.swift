import MonteCarlo

/// How a queue's families share hours that do not reach them all, for every queue the month's
/// hours are spent on (family activities, the extended programme's visits, Barn-HLR sessions).
enum ScarceHours {
    /// How many of the `count` families waiting are visited at `hoursEach`, taking their hours
    /// from `hours`: all of them when the hours suffice; else a binomial draw with the share of
    /// their need the hours cover, and at most the families the hours pay for in full (whole
    /// families: the integer part, converted only when it is the smaller).
    @inline(__always)
    static func visit(_ count: Int, hoursEach: Double, hours: inout Double, service: RandomGenerator) -> Int {
        let need = Double(count) * hoursEach
        guard hours < need else {
            hours -= need  // every family visited: need is exactly count × hoursEach
            return count
        }
        let drawn = service.binomial(trials: count, probability: hours / need)
        let affordable = hours / hoursEach
        let visited = Double(drawn) <= affordable ? drawn : Int(affordable)
        hours -= Double(visited) * hoursEach
        return visited
    }
}
