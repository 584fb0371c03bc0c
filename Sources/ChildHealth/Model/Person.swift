/// A member of staff at a unit: one person, with a role and an employment fraction.
public struct Person: Sendable, Equatable {
    /// What a person does at the unit; the raw values are the `role` column of staff files.
    public enum Role: String, Sendable, CaseIterable {
        case nurse, doctor
    }

    public var id: String
    public var role: Role
    /// Employment fraction (tjänstgöringsgrad), in (0, 1].
    public var fraction: Double

    /// A person with their id in the staff list, role and employment fraction.
    public init(id: String, role: Role, fraction: Double) {
        self.id = id
        self.role = role
        self.fraction = fraction
    }
}
