import MonteCarlo

/// The indicators the registrations can count, per unit and year, counted as Region Kronoberg's
/// key figures define them (*Planering och uppföljning av barnhälsovårdens verksamhet*): the
/// children born in a year and connected to the unit on 31 December of that year are its
/// newborns, and a share is of them; a child who moves is counted where it was connected, with
/// all its registrations wherever they were made.
public struct FollowUpCount: Sendable, Equatable {
    /// A code the map does not name: never counted, always reported.
    public struct UnmappedCode: Sendable, Equatable {
        public var code: String
        public var registrations: Int
        public var firstFile: String
        public var firstLine: Int
    }

    /// In the order unit, year, indicator.
    public var observations: [Observation]
    /// Most registered first.
    public var unmapped: [UnmappedCode]
    /// Each family with an extended-programme registration, by unit and year of birth.
    public var programmeFamilies: [ProgrammeFamily]
    /// Per year of birth, children with no unit on 31 December of it (no connection, no
    /// registration that year naming a unit): not counted.
    public var unplaced: [Int: Int]

    /// Counts `extract` with `codes`; targets from `targets` and, for newborns per nurse FTE, the
    /// ceiling `policy` gives the unit's CNI in its staffing report (CNI 1 where it has none).
    public init(_ extract: FollowUpExtract, codes: CodeMap, targets: Targets = Targets(), policy: CNIPolicy = CNIPolicy()) {
        var born: [String: YearMonth] = [:]
        var events: [String: Set<FollowUpEvent>] = [:]
        var unmapped: [String: UnmappedCode] = [:]
        var programmeUnitsByChild: Set<String> = []
        for registration in extract.registrations {
            born[registration.child] = born[registration.child] ?? registration.born
            guard let event = codes.event(of: registration.code) else {
                let key = CodeMap.key(registration.code)
                unmapped[key, default: UnmappedCode(code: registration.code, registrations: 0, firstFile: registration.file,
                                                    firstLine: registration.line)].registrations += 1
                continue
            }
            events[registration.child, default: []].insert(event)
            if event.isExtendedProgramme { programmeUnitsByChild.insert(registration.child) }
        }
        self.unmapped = unmapped.values.sorted { ($1.registrations, $0.code) < ($0.registrations, $1.code) }

        let placements = extract.placements()
        var cohorts: [UnitYear: [String]] = [:]
        var unplaced: [Int: Int] = [:]
        for (child, month) in born {
            if let unit = placements[child]?[month.year] {
                cohorts[UnitYear(unit: unit, year: month.year), default: []].append(child)
            } else {
                unplaced[month.year, default: 0] += 1
            }
        }
        self.unplaced = unplaced
        let staffing = Dictionary(extract.staffing.map { (UnitYear(unit: $0.unit, year: $0.year), $0) }) { first, _ in first }
        let programmeUnits = Set(cohorts.filter { $0.value.contains(where: programmeUnitsByChild.contains) }.map(\.key.unit))

        var observations: [Observation] = []
        var programmeFamilies: [ProgrammeFamily] = []
        for place in Set(cohorts.keys).union(staffing.keys).sorted() {
            let children = cohorts[place] ?? []
            for child in children.sorted() where programmeUnitsByChild.contains(child) {
                programmeFamilies.append(ProgrammeFamily(unit: place.unit, year: place.year, events: events[child] ?? []))
            }
            let newborns = children.count
            func observe(_ indicator: Indicator, _ value: Double, _ threshold: Threshold? = nil) {
                observations.append(Observation(unit: place.unit, year: place.year, indicator: indicator, value: value,
                                                children: newborns, threshold: threshold))
            }
            func having(_ test: (FollowUpEvent) -> Bool) -> Int { children.count { events[$0]?.contains(where: test) ?? false } }
            let ceiling = policy.ceiling(cni: staffing[place]?.cni ?? 1)
            observe(.newborns, Double(newborns))
            if let report = staffing[place] {
                for (indicator, staff) in [(Indicator.newbornsPerNurseFTE, report.nurseFTE), (.newbornsPerNurse, Double(report.nursePersons)),
                                           (.newbornsPerDoctor, Double(report.doctorPersons))] where staff > 0 {
                    observe(indicator, Double(newborns) / staff, indicator.threshold(targets: targets, ceiling: ceiling))
                }
            }
            guard newborns > 0 else { continue }
            for activity in Activity.familyActivities {
                guard let indicator = Indicator(coverageOf: activity) else { continue }
                observe(indicator, Double(having { $0 == .activity(activity) }) / Double(newborns),
                        indicator.threshold(targets: targets, ceiling: ceiling))
            }
            guard programmeUnits.contains(place.unit) else { continue }
            observe(.extOffered, Double(having { $0.isOffered }))
            observe(.extReached, Double(having { $0 == codes.lastExtendedVisit.map(FollowUpEvent.extendedVisit) }))
            observe(.extDeclined, Double(having { $0 == .extendedDeclined }))
            observe(.extNotOffered, Double(having { $0 == .extendedNotOffered }))
            observe(.extDroppedOut, Double(having { $0 == .extendedLeft }))
        }
        self.observations = observations
        self.programmeFamilies = programmeFamilies
    }

    /// A unit in a year.
    private struct UnitYear: Hashable, Comparable {
        var unit: String
        var year: Int
        static func < (a: UnitYear, b: UnitYear) -> Bool { (a.unit, a.year) < (b.unit, b.year) }
    }
}

extension FollowUpEvent {
    /// A step of the extended home-visit programme.
    var isExtendedProgramme: Bool {
        switch self {
        case .extendedVisit, .extendedDeclined, .extendedNotOffered, .extendedLeft: true
        case .activity, .barnHLR, .ignored: false
        }
    }

    /// What only an offered family has: a visit, a decline at the offer, or leaving the programme
    /// (offered = declined + reached + left + still in).
    var isOffered: Bool {
        switch self {
        case .extendedVisit, .extendedDeclined, .extendedLeft: true
        case .extendedNotOffered, .activity, .barnHLR, .ignored: false
        }
    }
}
