import Foundation

/// The contents of `run.json`: what was run, on which units, under which assumptions.
public struct RunMetadata: Decodable, Equatable, Sendable {
    public var scenario: String
    public var description: String
    public var startYear: Int
    public var horizon: Int
    public var trials: Int
    public var seed: UInt64
    public var units: [Unit]
    public var assumptions: [Assumption]
    public var interventions: [Intervention]
    public var interventionLogic: [InterventionLogic]

    /// A unit (BVC) of the region.
    public struct Unit: Decodable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var municipality: String
        /// Relative Care Need Index (1.0 = national mean).
        public var cni: Double
        /// The CNI-adjusted ceiling of newborns per nurse FTE.
        public var ceiling: Double
    }

    /// A model assumption and where its value comes from.
    public struct Assumption: Decodable, Equatable, Sendable {
        public var name: String
        public var value: String
        public var source: String

        private enum CodingKeys: String, CodingKey { case name, value, source }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            if let text = try? container.decode(String.self, forKey: .value) {
                value = text
            } else {
                value = ReportNumberFormat.string(try container.decode(Double.self, forKey: .value))
            }
            source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
        }
    }

    /// An intervention of the scenario and the units it applies to.
    public struct Intervention: Decodable, Equatable, Sendable {
        public var kind: String
        public var description: String
        public var units: [String]
    }

    /// An intervention logic (long-term outcome, short-term outcome, activities, resources);
    /// a level or field left out of `run.json` is empty here.
    public struct InterventionLogic: Decodable, Equatable, Sendable {
        public var intervention: String
        public var longTermOutcome: Level
        public var shortTermOutcome: Level
        public var activities: Level
        public var resources: Level

        /// One level of the logic and how it is measured.
        public struct Level: Decodable, Equatable, Sendable {
            public var text: String
            public var indicators: [String]
            public var dataSources: [String]
            public var assumptions: [String]

            public static let empty = Level(text: "", indicators: [], dataSources: [], assumptions: [])

            public var isEmpty: Bool { self == .empty }

            init(text: String, indicators: [String], dataSources: [String], assumptions: [String]) {
                self.text = text
                self.indicators = indicators
                self.dataSources = dataSources
                self.assumptions = assumptions
            }

            private enum CodingKeys: String, CodingKey { case text, indicators, dataSources, assumptions }

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
                indicators = try container.decodeIfPresent([String].self, forKey: .indicators) ?? []
                dataSources = try container.decodeIfPresent([String].self, forKey: .dataSources) ?? []
                assumptions = try container.decodeIfPresent([String].self, forKey: .assumptions) ?? []
            }
        }

        private enum CodingKeys: String, CodingKey {
            case intervention, longTermOutcome, shortTermOutcome, activities, resources
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            intervention = try container.decodeIfPresent(String.self, forKey: .intervention) ?? ""
            longTermOutcome = try container.decodeIfPresent(Level.self, forKey: .longTermOutcome) ?? .empty
            shortTermOutcome = try container.decodeIfPresent(Level.self, forKey: .shortTermOutcome) ?? .empty
            activities = try container.decodeIfPresent(Level.self, forKey: .activities) ?? .empty
            resources = try container.decodeIfPresent(Level.self, forKey: .resources) ?? .empty
        }
    }

    private enum CodingKeys: String, CodingKey {
        case scenario, description, startYear, horizon, trials, seed, units, assumptions, interventions, interventionLogic
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scenario = try container.decode(String.self, forKey: .scenario)
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        startYear = try container.decode(Int.self, forKey: .startYear)
        horizon = try container.decode(Int.self, forKey: .horizon)
        trials = try container.decode(Int.self, forKey: .trials)
        seed = try container.decode(UInt64.self, forKey: .seed)
        units = try container.decode([Unit].self, forKey: .units)
        assumptions = try container.decodeIfPresent([Assumption].self, forKey: .assumptions) ?? []
        interventions = try container.decodeIfPresent([Intervention].self, forKey: .interventions) ?? []
        interventionLogic = try container.decodeIfPresent([InterventionLogic].self, forKey: .interventionLogic) ?? []
    }

    /// Decodes `run.json`; errors name the file and the path of the offending value.
    public static func decode(_ data: Data, fileName: String) throws -> RunMetadata {
        do {
            return try JSONDecoder().decode(RunMetadata.self, from: data)
        } catch let error as DecodingError {
            throw Self.reportingError(error, fileName: fileName)
        }
    }

    private static func reportingError(_ error: DecodingError, fileName: String) -> ReportingError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(into: "") { result, key in
                if let index = key.intValue {
                    result += "[\(index)]"
                } else {
                    result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "expected a value of type \(type)")
        case .valueNotFound(let type, let context):
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "expected a value of type \(type), found null")
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return .malformedJSON(file: fileName, path: path(context.codingPath), reason: "\(context.debugDescription)\(underlying)")
        @unknown default:
            return .malformedJSON(file: fileName, path: "", reason: "\(error)")
        }
    }
}
