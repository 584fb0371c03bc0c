/// Child CPR training for guardians (Barn-HLR) at the unit, in group sessions, counted as
/// Västra Götalandsregionen's KVÅ codes count it (STOK 2021-12-13, dnr 2021-00676): not offered
/// (UX550), offered (UX551), took part (UX552), declined (UX553), done with a partner
/// organisation (UX554). One region's follow-up, not a national programme activity: a scenario
/// switches it on with an intervention, and no default sets a target for it.
public struct BarnHLR: Sendable, Equatable {
    /// Child's age in months when the family is offered the training, and the months a session
    /// may be had in from then; a family not given a place by then has been offered but has not
    /// taken part.
    public var dueAgeMonths = 4
    public var windowMonths = 6
    /// Nurse hours per session (preparation included) at CNI weight 1, shared by the families
    /// of a session.
    public var hoursPerSession = 2.0
    public var familiesPerSession = 6.0
    /// Share of the families due who are offered the training (the rest: UX550).
    public var offerRate = 0.9
    /// Share of the families offered who do it with a partner organisation instead, taking no
    /// nurse hours (UX554).
    public var partnerShare = 0.0
    /// Share of the other families offered who accept a session (the rest decline: UX553).
    public var acceptRate = 0.6

    /// The defaults, every one an assumption, as listed among the assumptions in force.
    public init() {}

    /// Nurse hours per family at CNI weight 1: a session's hours shared by its families.
    public var hoursPerFamily: Double { hoursPerSession / familiesPerSession }

    /// The settings as assumptions under `path` (the intervention's place in the scenario file).
    func assumptions(path: String) -> [Assumption] {
        let defaults = BarnHLR()
        func row(_ field: String, _ value: Double, _ defaultValue: Double, _ source: String) -> Assumption {
            Assumption("\(path).\(field)", formatNumber(value), value == defaultValue ? source : "set in the scenario")
        }
        return [
            row("due_age_months", Double(dueAgeMonths), Double(defaults.dueAgeMonths), "assumption: offered in the first year"),
            row("window_months", Double(windowMonths), Double(defaults.windowMonths), "assumption"),
            row("hours_per_session", hoursPerSession, defaults.hoursPerSession, "assumption: nurse hours per group session incl. preparation"),
            row("families_per_session", familiesPerSession, defaults.familiesPerSession, "assumption"),
            row("offer_rate", offerRate, defaults.offerRate, "assumption: the rest are not offered (UX550)"),
            row("partner_share", partnerShare, defaults.partnerShare, "assumption: share done with a partner organisation (UX554)"),
            row("accept_rate", acceptRate, defaults.acceptRate, "assumption: the rest decline (UX553)"),
            Assumption("\(path).counting", "UX550 not offered, UX551 offered, UX552 took part, UX553 declined, UX554 partner organisation",
                       "Västra Götalandsregionen, dnr 2021-00676, Nya regionala KVÅ-koder för uppföljning av Barn-HLR på BVC"),
        ]
    }
}
