import Foundation

/// The kinds of result set a folder can hold, each written by one command and replaced whole.
public enum ResultSetKind: String, CaseIterable, Codable, Sendable {
    /// `bhvplan run --out`: results.csv, results.json, fan.csv, run.json (and results.xlsx).
    case run
    /// `bhvplan compare --out`: comparison.csv, comparison.json (and comparison.xlsx).
    case comparison
    /// `bhvplan size --out`: staffing.csv, staffing.json (and staffing.xlsx).
    case staffing
    /// `bhvplan observe --out`: observed.csv.
    case observed
    /// `bhvplan synthesize --out`: a made-up follow-up, registrations.csv, connections.csv,
    /// staffing.csv and the README.md that says how it was made.
    case synthetic
    /// `bhvplan backtest --out`: backtest.csv.
    case backtest
    /// `bhvplan sensitivity --out`: sensitivity.csv, sensitivity.json, attribution.csv, attribution.json.
    case sensitivity

    /// The files a set of this kind may have; a new set replaces all of them, so a workbook of
    /// an earlier run never stays beside the files of a later one.
    public var files: [String] {
        switch self {
        case .run: [ResultFiles.results, ResultFiles.resultsJSON, ResultFiles.fan, ResultFiles.run, ResultFiles.resultsWorkbook]
        case .comparison: [ResultFiles.comparison, ResultFiles.comparisonJSON, ResultFiles.comparisonWorkbook]
        case .staffing: [ResultFiles.staffing, ResultFiles.staffingJSON, ResultFiles.staffingWorkbook]
        case .observed: [ResultFiles.observed]
        case .synthetic: [ResultFiles.registrations, ResultFiles.connections, ResultFiles.staffingReport, ResultFiles.readme]
        case .backtest: [ResultFiles.backtest]
        case .sensitivity: [ResultFiles.sensitivity, ResultFiles.sensitivityJSON, ResultFiles.attribution, ResultFiles.attributionJSON]
        }
    }
}

/// `manifest.json`: for each set in a results folder, its run id and the fingerprint of each of its
/// files, written together with the files. A reader checks the files against it, so a set whose
/// files come from different runs (or were changed since) is refused rather than reported.
///
/// The run id is derived from the files' contents: the same scenario, seed and trials give the
/// same id, and any other content a different one.
public struct ResultManifest: Codable, Equatable, Sendable {
    /// One set: its run id and `file name → fingerprint`.
    public struct Entry: Codable, Equatable, Sendable {
        public var runId: String
        public var files: [String: String]

        /// The entry of a set of `files` (name and content).
        public init(files: [(name: String, data: Data)]) {
            var fingerprints: [String: String] = [:]
            for file in files { fingerprints[file.name] = ResultManifest.fingerprint(file.data) }
            self.files = fingerprints
            runId = ResultManifest.fingerprint(Data(fingerprints.sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value)\n" }.joined().utf8))
        }
    }

    /// The sets, by kind (`run`, `comparison`, `staffing`).
    public var sets: [String: Entry]

    public init(sets: [String: Entry] = [:]) {
        self.sets = sets
    }

    /// The text of `manifest.json`.
    public var json: String { ResultJSON.text(self) }

    /// The manifest of `directory`, or nil when it has none (a folder written before manifests).
    static func read(in directory: URL) throws(ResultFormatError) -> ResultManifest? {
        let url = directory.appendingPathComponent(ResultFiles.manifest)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(file: ResultFiles.manifest, reason: ResultFormatError.plainReason(error))
        }
        return try ResultJSON.decode(ResultManifest.self, from: data, fileName: ResultFiles.manifest)
    }

    /// Checks every result file in `directory` against the manifest: each must be listed in the set
    /// of its kind with its fingerprint, and each listed file must be there. Throws
    /// ``ResultFormatError/mixedSet(files:)`` naming the files that do not belong.
    public static func verify(directory: URL) throws(ResultFormatError) {
        guard let manifest = try read(in: directory) else { return }
        var strays: [String] = []
        for kind in ResultSetKind.allCases {
            let entry = manifest.sets[kind.rawValue]
            for name in kind.files {
                let url = directory.appendingPathComponent(name)
                let present = FileManager.default.fileExists(atPath: url.path)
                guard let expected = entry?.files[name] else {
                    if present { strays.append(name) }
                    continue
                }
                guard present, let data = try? Data(contentsOf: url), fingerprint(data) == expected else {
                    strays.append(name)
                    continue
                }
            }
        }
        if !strays.isEmpty { throw .mixedSet(files: strays) }
    }

    /// A 64-bit FNV-1a fingerprint of `data` as 16 hex digits: enough to tell files of different
    /// runs apart (it guards against accidents, not against forgery).
    public static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
