/// The extended home-visit programme's offer, acceptance and drop-out fitted to the families'
/// registrations (``ProgrammeFamily``), pooled over the units and years that have the programme,
/// as the model parameterises them (``ExtendedProgramme``):
///
/// - offer share: families offered ÷ families in the target group (offered or not offered, UX293);
/// - acceptance: offered families that did not decline (UX284) ÷ offered;
/// - drop-out per visit: families that left (UX294) ÷ the chances to leave, one before each visit a
///   family had and one before the visit it left instead of having (a constant chance per visit:
///   its maximum-likelihood estimate, which also counts the families still in the programme for
///   the visits they have had so far).
///
/// Each is a binomial share with standard error √(p(1 − p)/n). A visit the unit could not make
/// leaves no code; the visits after it still count the chance before it.
public struct ProgrammeFit: Sendable, Equatable {
    /// A share and the number of trials it is of.
    public struct Share: Sendable, Equatable {
        public var value: Double
        public var trials: Int
        public var standardError: Double { (value * (1 - value) / Double(trials)).squareRoot() }

        init?(_ successes: Int, of trials: Int) {
            guard trials > 0 else { return nil }
            value = Double(successes) / Double(trials)
            self.trials = trials
        }
    }

    /// Nil where no family was in the target group, offered, or accepted, respectively.
    public var offer: Share?
    public var acceptance: Share?
    public var dropOutPerVisit: Share?
    /// The families and unit-years behind the fit.
    public var families: Int
    public var unitYears: Int

    /// The fit to `families`; nil when there are none.
    public init?(_ families: [ProgrammeFamily]) {
        guard !families.isEmpty else { return nil }
        let offered = families.count(where: \.offered)
        offer = Share(offered, of: offered + families.count(where: \.notOffered))
        let accepted = families.filter(\.accepted)
        acceptance = Share(accepted.count, of: offered)
        dropOutPerVisit = Share(accepted.count(where: \.left), of: accepted.reduce(0) { $0 + $1.dropOutChances })
        self.families = families.count
        unitYears = Set(families.map { "\($0.unit) \($0.year)" }).count
    }
}
