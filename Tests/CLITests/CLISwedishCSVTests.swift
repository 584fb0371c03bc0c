import Foundation
import Testing

/// The bundled region as Excel on a Swedish system saves it — semicolons, decimal commas,
/// Windows-1252 or UTF-8 with a byte-order mark, CR LF — validates, is named for what it is, and
/// runs to the same results as the tidy files.
@Suite(.serialized) struct CLISwedishCSVTests {
    /// A copy of `Scenarios/default.yaml` and its region in `folder`, each CSV rewritten by Excel's rules.
    static func swedishCopy(in folder: URL) throws {
        let region = folder.appendingPathComponent("regions/kronoberg")
        try FileManager.default.createDirectory(at: region, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIProcess.root.appendingPathComponent("Scenarios/default.yaml"),
                                         to: folder.appendingPathComponent("default.yaml"))
        let encodings: [String: (String) -> Data] = [
            "units.csv": { Data($0.unicodeScalars.map { UInt8($0.value) }) },  // Latin-1 = Windows-1252 for å, ä, ö
            "staff.csv": { Data([0xEF, 0xBB, 0xBF]) + Data($0.utf8) },
            "births.csv": { Data($0.utf8) },
        ]
        for (name, encode) in encodings {
            let tidy = try String(contentsOf: CLIProcess.root.appendingPathComponent("Scenarios/regions/kronoberg/\(name)"), encoding: .utf8)
            let swedish = tidy.split(separator: "\n").map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).map { field in
                    Double(field) != nil ? field.replacingOccurrences(of: ".", with: ",") : String(field)
                }.joined(separator: ";")
            }.joined(separator: "\r\n") + "\r\n"
            try encode(swedish).write(to: region.appendingPathComponent(name))
        }
    }

    @Test func theSwedishExcelRegionValidatesAndRunsToTheSameResults() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.swedishCopy(in: folder.appendingPathComponent("sv"))
        let units = try String(contentsOf: folder.appendingPathComponent("sv/regions/kronoberg/units.csv"), encoding: .isoLatin1)
        #expect(units.contains("2,18;142;0,37\r\n"))
        let validated = try CLIProcess.run(["validate", folder.appendingPathComponent("sv/default.yaml").path])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("units.csv: Swedish Excel: semicolons, decimal commas, Windows-1252\n"))
        #expect(validated.stdout.contains("staff.csv: Swedish Excel: semicolons, decimal commas, UTF-8 with byte-order mark\n"))
        #expect(validated.stdout.contains("births.csv: Swedish Excel: semicolons, decimal commas, UTF-8\n"))
        let quick = ["--trials", "30", "--seed", "5", "--workers", "1", "--format", "csv"]
        let tidy = try CLIProcess.run(["run", "Scenarios/default.yaml"] + quick)
        let swedish = try CLIProcess.run(["run", folder.appendingPathComponent("sv/default.yaml").path] + quick)
        #expect(tidy.status == 0 && swedish.status == 0, "\(swedish.stderr)")
        #expect(!tidy.stdout.isEmpty && swedish.stdout == tidy.stdout)
    }

    @Test func aFileInNeitherEncodingIsNamed() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.swedishCopy(in: folder)
        let births = folder.appendingPathComponent("regions/kronoberg/births.csv")
        try (Data("unit;year;newborns\r\n".utf8) + Data([0x81, 0x0D, 0x0A])).write(to: births)
        let outcome = try CLIProcess.run(["validate", folder.appendingPathComponent("default.yaml").path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("births.csv:2: is neither UTF-8 nor Windows-1252 text (allowed: UTF-8 with or without "
                                        + "byte-order mark, or Windows-1252 as Excel saves CSV)"), "\(outcome.stderr)")
    }

    /// `--csv-dialect excel-sv`: the result files as Swedish Excel opens them by double-click, the
    /// same numbers as the tidy files, and still read by `report`.
    @Test func resultFilesInTheSwedishExcelDialectHoldTheSameNumbers() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tidy = folder.appendingPathComponent("tidy"), swedish = folder.appendingPathComponent("sv")
        let quick = ["--trials", "20", "--seed", "5", "--workers", "1", "--format", "csv"]
        #expect(try CLIProcess.run(["run", "Scenarios/default.yaml", "--out", tidy.path] + quick).status == 0)
        let outcome = try CLIProcess.run(["run", "Scenarios/default.yaml", "--out", swedish.path, "--csv-dialect", "excel-sv"] + quick)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let bytes = try Data(contentsOf: swedish.appendingPathComponent("results.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("scenario;unit;year;indicator;mean;p05;p50;p95;p_meet;target;n_defined;mean_se;p_meet_se\n"))
        let expected = try String(contentsOf: tidy.appendingPathComponent("results.csv"), encoding: .utf8)
        let asTidy = text.split(separator: "\n").map { line in
            line.split(separator: ";", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: ",", with: ".") }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        #expect(asTidy == expected)
        #expect(outcome.stdout.hasPrefix("\u{FEFF}scenario;unit;"))
        let report = try CLIProcess.run(["report", swedish.path, "--format", "md", "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
    }

    /// `run --lang sv`: the table's numbers with decimal commas; without it, with points.
    @Test func theSwedishTerminalTableHasDecimalCommas() throws {
        let quick = ["--trials", "20", "--seed", "5", "--workers", "1"]
        let swedish = try CLIProcess.run(["run", "Scenarios/default.yaml", "--lang", "sv"] + quick)
        let english = try CLIProcess.run(["run", "Scenarios/default.yaml"] + quick)
        let araby = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("VXJ-ARABY") }.map(String.init) ?? "" }
        #expect(araby(swedish.stdout).contains(",") && !araby(swedish.stdout).contains("."), "\(araby(swedish.stdout))")
        #expect(araby(english.stdout).contains(".") && araby(swedish.stdout) == araby(english.stdout).replacingOccurrences(of: ".", with: ","))
    }
}
