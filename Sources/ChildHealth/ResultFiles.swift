import Foundation
import Reporting

/// The files `bhvplan run --out DIR` writes: the tidy results table as CSV and JSON (the same
/// rows and numbers), the fan-chart quantiles, and the run's metadata and assumptions.
public enum ResultFiles {
    /// Indicators whose P25/P75 go into fan.csv for the reports' fan charts.
    static let fanIndicators: Set<String> = [Indicator.newbornsPerNurseFTE.rawValue, Indicator.firstHomeVisit.rawValue]

    /// Writes every file of `result` into `folder`, each atomically.
    public static func write(_ result: RunResult, to folder: URL) throws {
        try AtomicFileWriter.prepareFolder(folder)
        try AtomicFileWriter.write(csv(result.rows), to: folder.appendingPathComponent("results.csv"))
        try AtomicFileWriter.write(json(result.rows), to: folder.appendingPathComponent("results.json"))
        try AtomicFileWriter.write(fanCSV(result.rows), to: folder.appendingPathComponent("fan.csv"))
        try AtomicFileWriter.write(metadata(result.scenario), to: folder.appendingPathComponent("run.json"))
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func csv(_ rows: [ResultRow]) -> String {
        var lines = [ResultRow.columns.joined(separator: ",")]
        for row in rows {
            lines.append([field(row.scenario), field(row.unit), String(row.year), field(row.indicator),
                          formatNumber(row.mean), formatNumber(row.p05), formatNumber(row.p50), formatNumber(row.p95),
                          row.pMeet.map(formatNumber) ?? "", row.target.map(formatNumber) ?? ""].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same rows as ``csv(_:)``, as a JSON array of objects with the same keys and numbers
    /// (null where the CSV field is empty).
    public static func json(_ rows: [ResultRow]) -> String {
        let objects = rows.map { row in
            "  {\"scenario\": \(jsonString(row.scenario)), \"unit\": \(jsonString(row.unit)), \"year\": \(row.year), "
                + "\"indicator\": \(jsonString(row.indicator)), \"mean\": \(jsonNumber(row.mean)), \"p05\": \(jsonNumber(row.p05)), "
                + "\"p50\": \(jsonNumber(row.p50)), \"p95\": \(jsonNumber(row.p95)), \"p_meet\": \(jsonNumber(row.pMeet)), "
                + "\"target\": \(jsonNumber(row.target))}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A number as JSON, written as in the CSV; null where the CSV field is empty.
    static func jsonNumber(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return formatNumber(value)
    }

    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public static func fanCSV(_ rows: [ResultRow]) -> String {
        var lines = ["scenario,unit,year,indicator,p05,p25,p50,p75,p95"]
        for row in rows where fanIndicators.contains(row.indicator) {
            lines.append([field(row.scenario), field(row.unit), String(row.year), field(row.indicator),
                          formatNumber(row.p05), formatNumber(row.p25), formatNumber(row.p50),
                          formatNumber(row.p75), formatNumber(row.p95)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// run.json: the scenario, its units, every assumption in force and the interventions.
    public static func metadata(_ scenario: Scenario) throws -> String {
        let plan = RegionPlan(scenario: scenario)
        let metadata = RunMetadata(
            scenario: scenario.name, description: scenario.description, startYear: scenario.startYear,
            horizon: scenario.horizon, trials: scenario.trials, seed: scenario.seed,
            units: plan.units.map {
                .init(id: $0.unit.id, name: $0.unit.name, municipality: $0.unit.municipality, cni: $0.unit.cni, ceiling: $0.ceiling)
            },
            assumptions: scenario.assumptions.map { .init(name: $0.name, value: $0.value, source: $0.source) },
            interventions: scenario.interventions.map { intervention in
                .init(kind: intervention.kindName, description: intervention.summary,
                      units: scenario.units.filter(intervention.selector.selects).map(\.id))
            },
            interventionLogic: scenario.interventions.compactMap { intervention in
                intervention.logic.map { RunMetadata.Logic(intervention: intervention.name, logic: $0) }
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(metadata), as: UTF8.self) + "\n"
    }
}

/// The shape of run.json.
struct RunMetadata: Encodable {
    struct UnitInfo: Encodable { var id, name, municipality: String; var cni, ceiling: Double }
    struct AssumptionInfo: Encodable { var name, value, source: String }
    struct InterventionInfo: Encodable { var kind, description: String; var units: [String] }
    struct Logic: Encodable {
        var intervention: String
        var logic: InterventionLogic
        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case intervention, longTermOutcome, shortTermOutcome, activities, resources }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(intervention, forKey: .intervention)
            try container.encodeIfPresent(logic.longTermOutcome, forKey: .longTermOutcome)
            try container.encodeIfPresent(logic.shortTermOutcome, forKey: .shortTermOutcome)
            try container.encodeIfPresent(logic.activities, forKey: .activities)
            try container.encodeIfPresent(logic.resources, forKey: .resources)
        }
    }

    var scenario, description: String
    var startYear, horizon, trials: Int
    var seed: UInt64
    var units: [UnitInfo]
    var assumptions: [AssumptionInfo]
    var interventions: [InterventionInfo]
    var interventionLogic: [Logic]
}

extension Intervention {
    /// The intervention's type as named in scenario files.
    public var kindName: String {
        switch kind {
        case .staffChange: "staff_change"
        case .extendedProgramme: "extended_home_visits"
        case .birthsShock: "births_shock"
        case .birthsTrend: "births_trend"
        case .boundaryChange: "boundary_change"
        }
    }

    /// One line saying what the intervention does and from when.
    public var summary: String {
        let what: String
        switch kind {
        case .staffChange(let change):
            var parts: [String] = []
            if change.fte != 0 { parts.append("\(change.fte > 0 ? "+" : "")\(formatNumber(change.fte)) FTE") }
            if change.percent != 0 { parts.append("\(change.percent > 0 ? "+" : "")\(formatNumber(change.percent * 100))% FTE") }
            if !change.newPersons.isEmpty { parts.append("new persons at \(change.newPersons.map(formatNumber).joined(separator: ", "))") }
            what = "\(change.role.rawValue)s: " + parts.joined(separator: ", ")
        case .extendedProgramme(let programme):
            what = "extended home visits: \(programme.visits) visits over \(programme.spanMonths) months, \(formatNumber(programme.hoursPerVisit)) h each, "
                + "\(programme.firstTimeParentsOnly ? "first-time parents" : "all families"), offer \(formatNumber(programme.offerRate)), "
                + "accept \(formatNumber(programme.acceptRate)), drop-out \(formatNumber(programme.dropOutPerVisit)) per visit"
        case .birthsShock(let change, let months):
            what = "births \(change >= 0 ? "+" : "")\(formatNumber(change * 100))%" + (months.map { " for \($0) months" } ?? "")
        case .birthsTrend(let change):
            what = "births trend \(change >= 0 ? "+" : "")\(formatNumber(change * 100))% a year"
        case .boundaryChange(let toUnit, let share):
            what = "\(formatNumber(share * 100))% of listed children move to \(toUnit)"
        }
        return "\(name): \(what), from \(start)"
    }
}
