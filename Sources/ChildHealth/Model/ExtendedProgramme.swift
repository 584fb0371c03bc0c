/// An extended home-visit programme (Rinkeby model and its variants), counted as the KVÅ codes of
/// Västra Götalandsregionen's decision RS 2024-00668 count it: visits no. 1–6 made (UX273–UX278),
/// declined (UX284), not offered (UX293), left the programme (UX294).
public struct ExtendedProgramme: Sendable, Equatable {
    /// One visit of the schedule: the child's age in months when it is due, and the core visit it
    /// is, if any (Jämtland's and Skåne's programmes include the newborn and 8-month visits).
    public struct Visit: Sendable, Equatable {
        /// Age in months; may be fractional (0.5 = about two weeks).
        public var ageMonths: Double
        /// The core home visit this visit is (`firstHomeVisit` or `eightMonthHomeVisit`): a
        /// family in the programme gets it here and is not booked for it a second time.
        public var replaces: Activity?

        /// A visit due at `ageMonths` months of age, replacing `replaces` if given.
        public init(ageMonths: Double, replaces: Activity? = nil) {
            self.ageMonths = ageMonths
            self.replaces = replaces
        }

        /// The month of the child's life the visit falls in, the birth month being 0: the model is
        /// monthly and a child is aged ⌊a⌋ full months in that month, so 0.5 (two weeks) falls in
        /// the birth month, as the core first home visit does, and 8 in the month the 8-month
        /// visit falls due.
        public var dueMonth: Int { Int(ageMonths.rounded(.down)) }
    }

    /// The most visits a programme has: the codes UX273–UX278 number visits 1–6.
    public static let maxVisits = 6
    /// The core visits a programme visit can be.
    public static let replaceable: [Activity] = [.firstHomeVisit, .eightMonthHomeVisit]

    /// The schedule, in order of age. Default: the Rinkeby model's 6 visits over 15 months
    /// (Socialstyrelsen's learning examples), evenly spaced (the spacing is an assumption).
    public var visits = ExtendedProgramme.evenlySpaced(visits: 6, spanMonths: 15)
    /// Nurse hours per visit made at home, at CNI weight 1.
    public var hoursPerVisit = 1.5
    /// Share of the programme's visits made at the clinic instead of at home (some Rinkeby-model
    /// units make 15–20% there), and nurse hours per clinic visit at CNI weight 1.
    public var clinicShare = 0.0
    public var clinicHoursPerVisit = 1.0
    /// Whether only first-time parents are the target group (otherwise every family).
    public var firstTimeParentsOnly = true
    /// Share of eligible families offered the programme (the rest, e.g. newly moved in: UX293).
    public var offerRate = 0.90
    /// Share of offered families that accept; the rest decline (UX284). About 95% is often quoted
    /// for the Rinkeby programme, in no source the project holds: an assumption.
    public var acceptRate = 0.95
    /// Probability that a family leaves before each visit, its own decision (moved away,
    /// declined further visits: UX294). A visit the unit cannot make is not a drop-out.
    public var dropOutPerVisit = 0.03

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// `visits` visits spread evenly from birth over `spanMonths` months, at whole months.
    public static func evenlySpaced(visits: Int, spanMonths: Int) -> [Visit] {
        guard visits > 1 else { return [Visit(ageMonths: 0)] }
        return (0..<visits).map { Visit(ageMonths: (Double($0 * spanMonths) / Double(visits - 1)).rounded()) }
    }

    /// Nurse hours of one visit at CNI weight 1: home and clinic visits in their shares.
    public var meanHoursPerVisit: Double { (1 - clinicShare) * hoursPerVisit + clinicShare * clinicHoursPerVisit }

    /// The schedule as text, e.g. `0.5 (first_home_visit), 2, 8 (eight_month_home_visit), 15`.
    public var scheduleText: String {
        visits.map { visit in formatNumber(visit.ageMonths) + (visit.replaces.map { " (\($0.rawValue))" } ?? "") }
            .joined(separator: ", ")
    }
}
