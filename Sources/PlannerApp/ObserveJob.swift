import ChildHealth
import Foundation
import Reporting
import ResultFormat

/// `bhvplan observe`: the indicators a region's registrations show, per unit and year, written as
/// `observed.csv` (never masked: it stays with the region) and printed with small cells masked.
public enum ObserveJob {
    /// What `bhvplan observe` is given.
    public struct Options: Sendable {
        public var extracts: [String]
        public var connections: String?
        public var staffing: String?
        /// A code map in YAML; nil: the bundled KVÅ default.
        public var codes: String?
        public var out: String?
        /// The language of observed.xlsx, written beside observed.csv when given (`--format xlsx`).
        public var workbook: ReportLanguage?

        public init(extracts: [String], connections: String?, staffing: String?, codes: String?, out: String?) {
            self.extracts = extracts
            self.connections = connections
            self.staffing = staffing
            self.codes = codes
            self.out = out
        }
    }

    public static func perform(_ options: Options) throws(CommandFailure) {
        let folder = options.out.map(URL.init(fileURLWithPath:))
        if let folder { try CommandFailure.writing { try ResultSetWriter.prepare(folder) } }
        let count: FollowUpCount
        do {
            let codes = try options.codes.map { path throws(InputProblems) in try CodeMap.read(path: path) } ?? .kvaDefault
            let extract = try FollowUpReader.read(registrations: options.extracts, connections: options.connections,
                                                  staffing: options.staffing)
            count = FollowUpCount(extract, codes: codes)
        } catch {
            throw ScenarioRequest.refusal(error.problems)
        }
        for line in warnings(count) { FileHandle.standardError.write(Data("bhvplan: warning: \(line)\n".utf8)) }
        if let folder {
            let rows = rows(count)
            try CommandFailure.writing {
                var files = [(name: ResultFiles.observed, data: Data(ObservedRow.csv(rows).utf8))]
                if let language = options.workbook {
                    files.append((ResultFiles.observedWorkbook, try ResultWorkbook.observed(rows, language: language).data()))
                }
                try ResultSetWriter.write(files, as: .observed, into: folder)
            }
        }
        print(table(count), terminator: "")
    }

    /// The rows of `observed.csv`.
    public static func rows(_ count: FollowUpCount) -> [ObservedRow] {
        count.observations.map { observation in
            ObservedRow(unit: observation.unit, year: observation.year, indicator: observation.indicator.id,
                        value: NumberFormat.rounded(observation.value), met: observation.meetsTarget,
                        target: observation.threshold?.bound, children: observation.children)
        }
    }

    /// What was read but not counted: unmapped codes and children without a unit on 31 December.
    public static func warnings(_ count: FollowUpCount) -> [String] {
        count.unmapped.map { code in
            "code '\(code.code)' (\(code.registrations) registration\(code.registrations == 1 ? "" : "s"), first at "
                + "\(code.firstFile):\(code.firstLine)) is not in the code map and was not counted; add it to a map given "
                + "with --codes (as 'ignore' if it counts for nothing the planner follows)"
        } + count.unplaced.sorted { $0.key < $1.key }.map { year, children in
            "\(children) child\(children == 1 ? "" : "ren") born in \(year) had no unit on 31 December \(year) (no connection, "
                + "no registration that year naming a unit) and \(children == 1 ? "was" : "were") not counted; give --connections"
        }
    }

    /// The observations as the terminal shows them: small cells masked (``ObservedRow/isMasked``).
    public static func table(_ count: FollowUpCount) -> String {
        let masked = "<\(ObservedRow.fewestShown)"
        let header = ["unit", "year", "indicator", "observed", "target", "met"]
        let lines = rows(count).map { row in
            let shown = row.isMasked ? [masked, ""] : [TerminalTable.short(row.value), row.met.map { $0 ? "yes" : "no" } ?? ""]
            return [row.unit, String(row.year), row.indicator, shown[0], row.target.map { TerminalTable.short($0) } ?? "", shown[1]]
        }
        return TerminalTable.aligned([header] + lines)
            + "Values resting on fewer than \(ObservedRow.fewestShown) children, and counts of 1 to 4, are shown as \(masked) "
            + "(observed.csv keeps them).\n"
    }
}
