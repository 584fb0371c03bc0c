import Foundation
@testable import ChildHealth

/// A scenario folder in a fresh temporary directory: a small valid region (`scenario.yaml`,
/// `units.csv`, `staff.csv`) that a test breaks in one place, and the problems it then loads with.
struct ValidationFixture {
    static let scenario = """
        name: t
        horizon: 2
        trials: 2
        region:
          units_csv: units.csv
          staff_csv: staff.csv

        """
    static let units = """
        id,name,municipality,cni,newborns_per_year,first_time_share
        A,BVC A,Växjö,1.0,100,0.4
        B,BVC B,Alvesta,1.5,30,0.4

        """
    static let staff = """
        id,unit,role,fraction
        A-N1,A,nurse,1.0
        B-N1,B,nurse,0.5

        """

    let folder: URL

    /// The valid files, with `changes` (file name → bytes) written over them.
    init(_ changes: [String: Data] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bhvplan-validation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = ["scenario.yaml": Data(Self.scenario.utf8), "units.csv": Data(Self.units.utf8), "staff.csv": Data(Self.staff.utf8)]
        for (name, data) in files.merging(changes, uniquingKeysWith: { $1 }) {
            try data.write(to: folder.appendingPathComponent(name))
        }
    }

    init(_ changes: [String: String]) throws { try self.init(changes.mapValues { Data($0.utf8) }) }

    var scenarioPath: String { folder.appendingPathComponent("scenario.yaml").path }

    /// Every problem as the command line prints it, paths relative to the folder; empty when the
    /// scenario loads.
    func problems(_ file: String = "scenario.yaml") -> [String] {
        do {
            _ = try ScenarioLoader.load(path: folder.appendingPathComponent(file).path)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
