/// One row of the health centres' staffing report ("Rapport från vårdcentral" in Region
/// Kronoberg's key figures): a unit's nurse posts and persons and doctor persons in a year.
public struct StaffingReport: Sendable, Equatable {
    public var unit: String
    public var year: Int
    public var nurseFTE: Double
    public var nursePersons: Int
    public var doctorPersons: Int
    /// The relative CNI of the unit's area, which sets its newborns-per-FTE ceiling; nil where
    /// the report has none (then the ceiling at CNI 1).
    public var cni: Double?

    /// A unit's staffing in `year`.
    public init(unit: String, year: Int, nurseFTE: Double, nursePersons: Int, doctorPersons: Int, cni: Double?) {
        self.unit = unit
        self.year = year
        self.nurseFTE = nurseFTE
        self.nursePersons = nursePersons
        self.doctorPersons = doctorPersons
        self.cni = cni
    }
}
