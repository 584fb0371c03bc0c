/// The doctor headcount a unit can have: enough doctors for the hours of the programme's doctor
/// visits, few enough that each sees at least 25 newborns a year with the confidence — in every
/// year sized for. A unit too small for even one doctor is told whom to share one with.
public struct DoctorAdvice: Sendable, Equatable {
    /// Doctors the unit lists now.
    public var current: Int
    /// Employment fraction assumed per doctor: the mean of the unit's doctors, or
    /// ``SizingRequest/defaultDoctorFraction`` when it lists none.
    public var fraction: Double
    /// Doctor hours a year the doctor visits of year 1 need at the confidence quantile of
    /// newborns (worst year), and the hours one doctor at `fraction` gives.
    public var hoursNeeded: Double
    public var hoursPerDoctor: Double
    /// Fewest doctors at `fraction` whose hours cover `hoursNeeded` (at least 1).
    public var fewest: Int
    /// Most doctors that keep ≥ 25 newborns each with the confidence in every year; 0 when not
    /// even one does.
    public var most: Int
    /// Probability of ≥ 25 newborns per doctor (worst year) with `most` doctors, or with one when `most` is 0.
    public var probability: Double
    /// When `most` is 0: the neighbour in the municipality (fewest newborns first) together with
    /// which one doctor would see ≥ 25 newborns with the confidence; nil when none would.
    public var shareWith: String?

    /// Whether a headcount both covers the hours and keeps the floor.
    public var hasRange: Bool { most >= fewest }
}
