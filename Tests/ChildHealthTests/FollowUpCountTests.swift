import Foundation
import MonteCarlo
import Testing
@testable import ChildHealth

/// `observe`'s counting on a hand-made extract whose every count is worked out by hand.
@Suite struct FollowUpCountTests {
    /// Unit A (CNI 1.3: ceiling 45) and B, 2024. a1–a4 stay in A all year; m1 is connected to A
    /// until 14 December and then to B, so A's registrations of m1 count for B; b1 is B's; o1 was
    /// born in A in 2023 and has its 8-month visit in 2024, for A's 2023.
    static let registrations = """
        child,born,date,code
        a1,2024-01,2024-01-10,Hembesök nyfödd
        a1,2024-01,2024-02-20,EPDS
        a1,2024-01,2024-04-02,Föräldrasamtal icke födande förälder
        a1,2024-01,2024-03-01,Föräldragrupp
        a1,2024-01,2024-09-03,hembesök 8 MÅN
        a1,2024-01,2024-01-12,UX273
        a1,2024-01,2024-02-12,UX274
        a1,2024-01,2024-05-12,UX275
        a1,2024-01,2024-08-12,UX276
        a1,2024-01,2024-12-12,UX277
        a1,2024-01,2025-04-12,UX278
        a2,2024-02,2024-02-15,Hembesök nyfödd
        a2,2024-02,2024-04-01,EPDS
        a2,2024-02,2024-02-16,UX284
        a3,2024-05,2024-05-20,Hembesök nyfödd
        a3,2024-05,2024-05-20,UX293
        a3,2024-05,2024-07-01,VACC1
        a4,2024-06,2024-06-12,UX273
        a4,2024-06,2024-07-12,UX274
        a4,2024-06,2024-09-01,UX294
        a4,2024-06,2024-08-01,VACC1
        m1,2024-03,2024-03-20,Hembesök nyfödd
        m1,2024-03,2024-04-01,UX273
        m1,2024-03,2024-05-02,EPDS
        m1,2024-03,2024-05-03,UX551
        b1,2024-11,2024-11-20,Hembesök nyfödd
        o1,2023-06,2024-02-10,Hembesök 8 mån

        """
    static let connections = """
        child,unit,from,to
        a1,A,2024-01-05,
        a2,A,2024-02-10,
        a3,A,2024-05-15,
        a4,A,2024-06-05,
        m1,A,2024-03-05,2024-12-14
        m1,B,2024-12-15,
        b1,B,2024-11-10,
        o1,A,2023-06-10,

        """
    static let staffing = """
        unit,year,nurse_fte,nurse_persons,doctor_persons,cni
        A,2024,0.5,2,1,1.3
        B,2024,1.0,1,1,

        """

    /// Writes `files` into a fresh folder and returns their paths by name.
    static func files(_ files: [String: String]) throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-followup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String: String] = [:]
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            paths[name] = url.path
        }
        return paths
    }

    private static func count() throws -> FollowUpCount {
        let paths = try files(["registrations.csv": registrations, "connections.csv": connections, "staffing.csv": staffing])
        let extract = try FollowUpReader.read(registrations: [paths["registrations.csv"]!], connections: paths["connections.csv"],
                                              staffing: paths["staffing.csv"])
        return FollowUpCount(extract, codes: .kvaDefault)
    }

    @Test func everyIndicatorIsCountedExactlyWhereTheChildWasConnectedOnNewYearsEve() throws {
        let count = try Self.count()
        var values: [String: Double] = [:]
        for observation in count.observations { values["\(observation.unit) \(observation.year) \(observation.indicator)"] = observation.value }
        #expect(values == [
            "A 2023 newborns": 1, "A 2023 firstHomeVisit": 0, "A 2023 eightMonthHomeVisit": 1, "A 2023 parentGroup": 0,
            "A 2023 epds": 0, "A 2023 partnerTalk": 0, "A 2023 extOffered": 0, "A 2023 extReached": 0, "A 2023 extDeclined": 0,
            "A 2023 extNotOffered": 0, "A 2023 extDroppedOut": 0,
            "A 2024 newborns": 4, "A 2024 newbornsPerNurseFTE": 8, "A 2024 newbornsPerNurse": 2, "A 2024 newbornsPerDoctor": 4,
            "A 2024 firstHomeVisit": 0.75, "A 2024 eightMonthHomeVisit": 0.25, "A 2024 parentGroup": 0.25, "A 2024 epds": 0.5,
            "A 2024 partnerTalk": 0.25, "A 2024 extOffered": 3, "A 2024 extReached": 1, "A 2024 extDeclined": 1,
            "A 2024 extNotOffered": 1, "A 2024 extDroppedOut": 1,
            "B 2024 newborns": 2, "B 2024 newbornsPerNurseFTE": 2, "B 2024 newbornsPerNurse": 2, "B 2024 newbornsPerDoctor": 2,
            "B 2024 firstHomeVisit": 1, "B 2024 eightMonthHomeVisit": 0, "B 2024 parentGroup": 0, "B 2024 epds": 0.5,
            "B 2024 partnerTalk": 0, "B 2024 extOffered": 1, "B 2024 extReached": 0, "B 2024 extDeclined": 0,
            "B 2024 extNotOffered": 0, "B 2024 extDroppedOut": 0,
        ])
        #expect(count.observations.filter { $0.unit == "A" && $0.year == 2024 }.allSatisfy { $0.children == 4 })
        #expect(count.unplaced.isEmpty)
    }

    @Test func targetsFollowTheKeyFiguresAndTheUnitsCNI() throws {
        let count = try Self.count()
        func observation(_ unit: String, _ indicator: Indicator) -> Observation? {
            count.observations.first { $0.unit == unit && $0.year == 2024 && $0.indicator == indicator }
        }
        #expect(observation("A", .newbornsPerNurseFTE)?.threshold == .atMost(45))
        #expect(observation("B", .newbornsPerNurseFTE)?.threshold == .atMost(55))
        #expect(observation("A", .newbornsPerNurseFTE)?.meetsTarget == true)
        #expect(observation("A", .newbornsPerNurse)?.meetsTarget == false)
        #expect(observation("B", .firstHomeVisit)?.meetsTarget == true)
        #expect(observation("A", .firstHomeVisit)?.meetsTarget == false)
        #expect(observation("A", .extReached)?.threshold == nil)
    }

    @Test func anUnmappedCodeIsReportedWithItsCountAndFirstLine() throws {
        let count = try Self.count()
        #expect(count.unmapped.map(\.code) == ["VACC1"])
        #expect(count.unmapped.first?.registrations == 2)
        #expect(count.unmapped.first?.firstLine == 18)
    }

    @Test func withoutConnectionsTheRegistrationsUnitPlacesTheChildAndTheRestAreReported() throws {
        let paths = try Self.files(["r.csv": """
            child,born,date,code,unit
            m1,2024-03,2024-03-20,Hembesök nyfödd,B
            m1,2024-03,2025-03-20,Föräldragrupp,C
            n1,2024-12,2025-01-05,Hembesök nyfödd,C

            """])
        let extract = try FollowUpReader.read(registrations: [paths["r.csv"]!], connections: nil, staffing: nil)
        let count = FollowUpCount(extract, codes: .kvaDefault)
        #expect(count.observations.filter { $0.indicator == .newborns }.map { "\($0.unit) \($0.year) \($0.value)" } == ["B 2024 1.0"])
        #expect(count.observations.first { $0.indicator == .parentGroup }?.value == 1)
        #expect(count.unplaced == [2024: 1])
    }
}
