/// What a region's systems export for the follow-up, read and checked: registrations, where the
/// children were connected, and the health centres' staffing reports.
public struct FollowUpExtract: Sendable, Equatable {
    public var registrations: [Registration]
    /// Empty when no connections file was given: then each registration's own unit places the child.
    public var connections: [Connection]
    public var staffing: [StaffingReport]

    /// An extract of these rows.
    public init(registrations: [Registration], connections: [Connection] = [], staffing: [StaffingReport] = []) {
        self.registrations = registrations
        self.connections = connections
        self.staffing = staffing
    }

    /// The unit each child was connected to on 31 December of each year: from the connections
    /// where given, else from the unit its registrations of that year name. A child with neither
    /// for a year is not placed in it.
    public func placements() -> [String: [Int: String]] {
        var placed: [String: [Int: String]] = [:]
        if connections.isEmpty {
            for registration in registrations {
                if let unit = registration.unitOnNewYearsEve { placed[registration.child, default: [:]][registration.date.year] = unit }
            }
            return placed
        }
        let lastRegistered = registrations.map(\.date.year).max()
        for connection in connections {
            let last = connection.to?.year ?? (lastRegistered ?? connection.from.year)
            for year in connection.from.year...max(connection.from.year, last) where connection.covers(.newYearsEve(year)) {
                placed[connection.child, default: [:]][year] = connection.unit
            }
        }
        return placed
    }
}
