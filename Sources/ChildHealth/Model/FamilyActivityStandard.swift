/// Hours, timing and acceptance of one activity that each family is offered once.
public struct FamilyActivityStandard: Sendable, Equatable {
    /// Nurse hours per family at CNI weight 1 (on site, travel and documentation).
    public var hours: Double
    /// Child's age in months when the activity is due.
    public var dueAgeMonths: Int
    /// Months the activity may be done in, starting with the due month; after that it is missed.
    public var windowMonths: Int
    /// Share of families offered the activity that accept it.
    public var acceptance: Double

    /// A standard with its hours, due age, window and acceptance.
    public init(hours: Double, dueAgeMonths: Int, windowMonths: Int, acceptance: Double) {
        self.hours = hours
        self.dueAgeMonths = dueAgeMonths
        self.windowMonths = windowMonths
        self.acceptance = acceptance
    }
}
