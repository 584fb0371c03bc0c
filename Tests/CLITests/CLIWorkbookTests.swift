import Foundation
import Testing

/// `--format xlsx`: the workbook, read back by LibreOffice, holds every number of the CSV files,
/// and it is part of the result set.
@Suite(.serialized) struct CLIWorkbookTests {
    static let quick = ["--trials", "20", "--workers", "1", "--seed", "7"]
    static let hasLibreOffice = SpreadsheetReader.program != nil

    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice (Debian: libreoffice-calc-nogui; CI installs it)"))
    func theRunWorkbookReadBackEqualsResultsCSV() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--format", "xlsx", "--lang", "sv", "--out", folder.path] + Self.quick)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let csv = try String(contentsOf: folder.appendingPathComponent("results.csv"), encoding: .utf8)
        let sheets = try SpreadsheetReader.sheets(of: folder.appendingPathComponent("results.xlsx"))
        #expect(sheets.keys.sorted() == ["Resultat", "År 2026", "År 2027", "År 2028", "År 2029", "År 2030"])
        let expected = SpreadsheetReader.rows(csv)
        #expect(SpreadsheetReader.sameCells(SpreadsheetReader.rows(try #require(sheets["Resultat"])), expected))
        // The year sheet: a unit's mean and probability beside it, as results.csv has them.
        let year = SpreadsheetReader.rows(try #require(sheets["År 2030"]))
        let column = try #require(year[0].firstIndex(of: "Första hembesök"))
        #expect(year[0][column + 1] == "Sannolikhet: Första hembesök")
        let araby = try #require(year.first { $0[0] == "VXJ-ARABY" })
        let row = try #require(expected.first { $0[1] == "VXJ-ARABY" && $0[2] == "2030" && $0[3] == "first_home_visit" })
        #expect(Double(araby[column]) == Double(row[4]))
        // Shown as a percentage, kept whole: LibreOffice writes 55% for 0.55, 56.25% for 0.5625.
        let shown = try #require(Double(araby[column + 1].replacingOccurrences(of: "%", with: "")))
        #expect(araby[column + 1].hasSuffix("%") && abs(shown / 100 - (Double(row[8]) ?? -1)) < 1e-12, "\(araby[column + 1])")
        #expect(year.last?[0] == "REGION")
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"results.xlsx\""))
    }

    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice (Debian: libreoffice-calc-nogui; CI installs it)"))
    func compareAndSizeWorkbooksReadBackEqualTheirCSV() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compare = try CLIProcess.run(["compare", "Scenarios/default.yaml", "Scenarios/staff-plus-25.yaml", "--format", "xlsx",
                                          "--out", folder.path] + Self.quick)
        #expect(compare.status == 0, "\(compare.stderr)")
        let size = try CLIProcess.run(["size", "Scenarios/default.yaml", "--format", "xlsx", "--out", folder.path] + Self.quick)
        #expect(size.status == 0, "\(size.stderr)")
        for (stem, sheet) in [("comparison", "Comparison"), ("staffing", "Staffing")] {
            let csv = try String(contentsOf: folder.appendingPathComponent("\(stem).csv"), encoding: .utf8)
            let sheets = try SpreadsheetReader.sheets(of: folder.appendingPathComponent("\(stem).xlsx"))
            #expect(sheets.keys.sorted() == [sheet])
            #expect(SpreadsheetReader.sameCells(SpreadsheetReader.rows(try #require(sheets[sheet])), SpreadsheetReader.rows(csv)), "\(stem)")
        }
    }

    @Test(.enabled(if: hasLibreOffice, "needs LibreOffice (Debian: libreoffice-calc-nogui; CI installs it)"))
    func theObservedWorkbookReadBackEqualsObservedCSV() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extract = folder.appendingPathComponent("registrations.csv")
        try """
            child,born,date,code,unit
            k1,2024-03,2024-03-21,Hembesök nyfödd,VXJ-ARABY
            k1,2024-03,2024-05-02,EPDS,VXJ-ARABY
            k2,2024-05,2024-05-20,Hembesök nyfödd,VXJ-ARABY
            k3,2024-06,2024-07-01,EPDS,VXJ-DALBO

            """.write(to: extract, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("observed")
        let observe = try CLIProcess.run(["observe", extract.path, "--format", "xlsx", "--lang", "sv", "--out", out.path])
        #expect(observe.status == 0, "\(observe.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("observed.csv"), encoding: .utf8)
        let sheets = try SpreadsheetReader.sheets(of: out.appendingPathComponent("observed.xlsx"))
        #expect(sheets.keys.sorted() == ["Observerat"])
        #expect(SpreadsheetReader.sameCells(SpreadsheetReader.rows(try #require(sheets["Observerat"])), SpreadsheetReader.rows(csv)))
        #expect(SpreadsheetReader.rows(csv).count > 1)
    }

    @Test func aLaterRunWithoutTheWorkbookTakesTheOldOneAway() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--format", "xlsx", "--out", folder.path] + Self.quick).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("results.xlsx").path))
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--format", "csv", "--out", folder.path] + Self.quick).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("results.xlsx").path))
        #expect(try CLIProcess.run(["report", folder.path, "--format", "md"]).status == 0)
    }

    @Test func aWorkbookWithoutAResultFolderIsRefused() throws {
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--format", "xlsx"] + Self.quick)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--format xlsx writes results.xlsx into the result folder: give --out DIR"), "\(outcome.stderr)")
        #expect(try CLIProcess.run(["report", "Scenarios", "--format", "xlsx"]).status == 64)
    }
}
