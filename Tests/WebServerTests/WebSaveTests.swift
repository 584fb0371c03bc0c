import Foundation
import HummingbirdTesting
import NIOCore
import PlannerApp
import ResultFormat
import Testing
@testable import WebServer

/// Saving a what-if as a new scenario file of the folder: it runs as the what-if did, it never
/// alters the original's files, and no name reaches outside the folder or replaces a file.
@Suite struct WebSaveTests {
    /// Öster with N2 at 0.9, CNI 1.3 and the programme at an offer rate of 0.7.
    static let form = "staff%5B1%5D.id=N1&staff%5B1%5D.role=nurse&staff%5B1%5D.fraction=1&staff%5B2%5D.id=N2&staff%5B2%5D.role=nurse"
        + "&staff%5B2%5D.fraction=0.9&staff%5B3%5D.id=D1&staff%5B3%5D.role=doctor&staff%5B3%5D.fraction=0.2&staff%5B4%5D.id=&staff%5B4%5D.role=nurse"
        + "&staff%5B4%5D.fraction=&newborns_per_year=90&cni=1.3&programme=on&programme_offer_rate=0.7&trials=200"

    static func post(_ client: any TestClientProtocol, _ scenario: String, _ form: String, name: String) async throws -> TestResponse {
        try await client.execute(uri: "/scenario/\(scenario)/unit/U1/save", method: .post,
                                 headers: [.contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: form + "&save_as=" + name))
    }

    /// `bhvplan run` on the saved file gives Öster the what-if's probabilities, every target and year.
    static func expectSameNumbers(_ file: URL, as page: String) throws {
        let rows = try WebRouteTests.runRows(file).filter { $0.unit == "U1" && $0.pMeet != nil }
        #expect(rows.count > 10)
        for row in rows {
            #expect(cellValues(page, kind: "what-if", indicator: row.indicator, year: row.year) == [NumberFormat.string(row.pMeet!)],
                    "\(row.indicator) \(row.year)")
        }
    }

    @Test func aSavedWhatIfIsListedAndRunsAsTheWhatIf() async throws {
        let fixture = try WebFixture()
        let original = try String(contentsOf: fixture.scenarios.appendingPathComponent("good.yaml"), encoding: .utf8)
        try await fixture.test { client in
            let asked = try await client.execute(uri: "/scenario/good/unit/U1/what-if?" + Self.form, method: .get)
            #expect(asked.status == .ok)
            let saved = try await Self.post(client, "good", Self.form, name: "more-nurse_2")
            #expect(saved.status == .created)
            #expect(saved.text.contains(#"Saved as scenario <a href="/scenario/more-nurse_2">more-nurse_2</a>: more-nurse_2.yaml</p>"#))
            let list = try await client.execute(uri: "/", method: .get)
            #expect(list.text.contains(#"<a href="/scenario/more-nurse_2">more-nurse_2</a>"#))
            let file = fixture.scenarios.appendingPathComponent("more-nurse_2.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let day = Date().formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day())
            #expect(text.hasPrefix("# Saved by bhvplan serve from a what-if of scenario 'good', unit BVC Öster (U1), on \(day).\nname: more-nurse_2\n"))
            try Self.expectSameNumbers(file, as: asked.text)
        }
        #expect(try String(contentsOf: fixture.scenarios.appendingPathComponent("good.yaml"), encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.scenarios.path).sorted()
                == ["good.yaml", "more-nurse_2.yaml", "plus.yaml"])
    }

    /// A scenario whose units and staff are CSV files: the saved one names edited copies, and
    /// the original's files stay as they were.
    @Test func staffAndUnitsInCSVFilesAreSavedAsCopiesUnderTheNewName() async throws {
        let fixture = try WebFixture()
        let region = fixture.scenarios.appendingPathComponent("region")
        try FileManager.default.createDirectory(at: region, withIntermediateDirectories: true)
        let units = "id,name,municipality,cni,newborns_per_year,first_time_share\nU1,BVC Öster,Växjö,1.2,90,0.45\nU2,BVC Väster,Alvesta,0.9,40,0.45\n"
        let staff = "id,unit,role,fraction\nN1,U1,nurse,1.0\nN3,U2,nurse,0.8\nN2,U1,nurse,0.6\nD1,U1,doctor,0.2\n"
        try units.write(to: region.appendingPathComponent("units.csv"), atomically: true, encoding: .utf8)
        try staff.write(to: region.appendingPathComponent("staff.csv"), atomically: true, encoding: .utf8)
        try """
            name: csv
            start_year: 2026
            horizon: 2
            trials: 200
            seed: 4
            region:
              units_csv: region/units.csv
              staff_csv: region/staff.csv

            """.write(to: fixture.scenarios.appendingPathComponent("csv.yaml"), atomically: true, encoding: .utf8)
        try await fixture.test { client in
            let asked = try await client.execute(uri: "/scenario/csv/unit/U1/what-if?" + Self.form, method: .get)
            let saved = try await Self.post(client, "csv", Self.form, name: "csv2")
            #expect(saved.status == .created)
            #expect(saved.text.contains("csv2.yaml, csv2-staff.csv, csv2-units.csv</p>"))
            let text = try String(contentsOf: fixture.scenarios.appendingPathComponent("csv2.yaml"), encoding: .utf8)
            #expect(text.contains("  units_csv: csv2-units.csv\n  staff_csv: csv2-staff.csv\n"))
            #expect(try String(contentsOf: fixture.scenarios.appendingPathComponent("csv2-staff.csv"), encoding: .utf8)
                    == "id,unit,role,fraction\nN1,U1,nurse,1\nN2,U1,nurse,0.9\nD1,U1,doctor,0.2\nN3,U2,nurse,0.8\n")
            #expect(try String(contentsOf: fixture.scenarios.appendingPathComponent("csv2-units.csv"), encoding: .utf8)
                    == "id,name,municipality,cni,newborns_per_year,first_time_share\nU1,BVC Öster,Växjö,1.3,90,0.45\nU2,BVC Väster,Alvesta,0.9,40,0.45\n")
            try Self.expectSameNumbers(fixture.scenarios.appendingPathComponent("csv2.yaml"), as: asked.text)
            // A CSV copy in the way stops the save before anything is written.
            try "taken\n".write(to: fixture.scenarios.appendingPathComponent("csv3-units.csv"), atomically: true, encoding: .utf8)
            let blocked = try await Self.post(client, "csv", Self.form, name: "csv3")
            #expect(blocked.status == .conflict)
            #expect(blocked.text.contains(#"data-field="save_as">&#39;csv3-units.csv&#39; exists already in the scenarios folder (allowed: a name no file of the folder has; nothing was written)</span>"#))
            #expect(!FileManager.default.fileExists(atPath: fixture.scenarios.appendingPathComponent("csv3.yaml").path))
            #expect(!FileManager.default.fileExists(atPath: fixture.scenarios.appendingPathComponent("csv3-staff.csv").path))
        }
        #expect(try String(contentsOf: region.appendingPathComponent("units.csv"), encoding: .utf8) == units)
        #expect(try String(contentsOf: region.appendingPathComponent("staff.csv"), encoding: .utf8) == staff)
    }

    @Test func aNameThatCouldLeaveTheFolderOrReplaceAFileIsRefused() async throws {
        let fixture = try WebFixture()
        let plus = try String(contentsOf: fixture.scenarios.appendingPathComponent("plus.yaml"), encoding: .utf8)
        try await fixture.test { client in
            let long = String(repeating: "a", count: 61)
            for (name, shown) in [("..%2Fx", "../x"), ("%2Fetc%2Fx", "/etc/x"), ("a%2Fb", "a/b"), ("..", ".."), ("", ""), ("x.yaml", "x.yaml"),
                                  ("%C3%B6ster", "öster"), (long, String(repeating: "a", count: 60) + "…")] {
                let refused = try await Self.post(client, "good", Self.form, name: name)
                #expect(refused.status == .unprocessableContent, "\(name)")
                #expect(refused.text.contains(#"data-field="save_as">&#39;\#(shown)&#39; is not allowed (allowed: 1 to 60 letters a–z or A–Z, digits, - and _)</span>"#),
                        "\(name)")
            }
            let taken = try await Self.post(client, "good", Self.form, name: "plus")
            #expect(taken.status == .conflict)
            #expect(taken.text.contains(#"data-field="save_as">&#39;plus.yaml&#39; exists already in the scenarios folder"#))
            let wrong = try await Self.post(client, "good", Self.form.replacingOccurrences(of: "cni=1.3", with: "cni=0"), name: "fine")
            #expect(wrong.status == .unprocessableContent && wrong.text.contains(#"data-field="cni">"#))
        }
        #expect(try String(contentsOf: fixture.scenarios.appendingPathComponent("plus.yaml"), encoding: .utf8) == plus)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.scenarios.path).sorted() == ["good.yaml", "plus.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted() == ["Scenarios", "secret.yaml"])
    }
}
