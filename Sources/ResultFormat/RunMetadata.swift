import Foundation

/// The contents of `run.json`: what was run, on which units, under which assumptions. Written by
/// the planner, read by the reports; reading is lenient about keys an older file leaves out.
public struct RunMetadata: Codable, Equatable, Sendable {
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

    /// The metadata of a run of `scenario` on `units`.
    public init(scenario: String, description: String, startYear: Int, horizon: Int, trials: Int, seed: UInt64,
                units: [Unit], assumptions: [Assumption], interventions: [Intervention], interventionLogic: [InterventionLogic]) {
        self.scenario = scenario
        self.description = description
        self.startYear = startYear
        self.horizon = horizon
        self.trials = trials
        self.seed = seed
        self.units = units
        self.assumptions = assumptions
        self.interventions = interventions
        self.interventionLogic = interventionLogic
    }

    /// A unit (BVC) of the region.
    public struct Unit: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var municipality: String
        /// Relative Care Need Index (1.0 = national mean).
        public var cni: Double
        /// The CNI-adjusted ceiling of newborns per nurse FTE.
        public var ceiling: Double

        /// A unit with its CNI and its newborns-per-FTE ceiling.
        public init(id: String, name: String, municipality: String, cni: Double, ceiling: Double) {
            self.id = id
            self.name = name
            self.municipality = municipality
            self.cni = cni
            self.ceiling = ceiling
        }
    }

    /// A model assumption and where its value comes from.
    public struct Assumption: Codable, Equatable, Sendable {
        public var name: String
        public var value: String
        public var source: String

        /// An assumption with its value as text and its source.
        public init(name: String, value: String, source: String) {
            self.name = name
            self.value = value
            self.source = source
        }

        private enum CodingKeys: String, CodingKey { case name, value, source }

        /// Reads an assumption; a number as value is kept as the text the result files would write.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            if let text = try? container.decode(String.self, forKey: .value) {
                value = text
            } else {
                value = NumberFormat.string(try container.decode(Double.self, forKey: .value))
            }
            source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
        }
    }

    /// An intervention of the scenario and the units it applies to.
    public struct Intervention: Codable, Equatable, Sendable {
        public var kind: String
        public var description: String
        public var units: [String]

        /// An intervention of type `kind` (as scenario files name it) at `units`.
        public init(kind: String, description: String, units: [String]) {
            self.kind = kind
            self.description = description
            self.units = units
        }
    }

    /// An intervention logic (long-term outcome, short-term outcome, activities, resources);
    /// a level or field left out of `run.json` is empty here, and an empty level is left out.
    public struct InterventionLogic: Codable, Equatable, Sendable {
        public var intervention: String
        public var longTermOutcome: Level
        public var shortTermOutcome: Level
        public var activities: Level
        public var resources: Level

        /// One level of the logic and how it is measured.
        public struct Level: Codable, Equatable, Sendable {
            public var text: String
            public var indicators: [String]
            public var dataSources: [String]
            public var assumptions: [String]

            public static let empty = Level(text: "", indicators: [], dataSources: [], assumptions: [])

            public var isEmpty: Bool { self == .empty }

            /// A level with its text and what it rests on.
            public init(text: String, indicators: [String] = [], dataSources: [String] = [], assumptions: [String] = []) {
                self.text = text
                self.indicators = indicators
                self.dataSources = dataSources
                self.assumptions = assumptions
            }

            private enum CodingKeys: String, CodingKey { case text, indicators, dataSources, assumptions }

            /// Reads a level; a key left out is empty.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
                indicators = try container.decodeIfPresent([String].self, forKey: .indicators) ?? []
                dataSources = try container.decodeIfPresent([String].self, forKey: .dataSources) ?? []
                assumptions = try container.decodeIfPresent([String].self, forKey: .assumptions) ?? []
            }
        }

        /// The logic of `intervention`; levels left out are empty.
        public init(intervention: String, longTermOutcome: Level = .empty, shortTermOutcome: Level = .empty,
                    activities: Level = .empty, resources: Level = .empty) {
            self.intervention = intervention
            self.longTermOutcome = longTermOutcome
            self.shortTermOutcome = shortTermOutcome
            self.activities = activities
            self.resources = resources
        }

        private enum CodingKeys: String, CodingKey {
            case intervention, longTermOutcome, shortTermOutcome, activities, resources
        }

        /// Writes the logic, leaving out the empty levels.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(intervention, forKey: .intervention)
            for (level, key) in [(longTermOutcome, CodingKeys.longTermOutcome), (shortTermOutcome, .shortTermOutcome),
                                 (activities, .activities), (resources, .resources)] where !level.isEmpty {
                try container.encode(level, forKey: key)
            }
        }

        /// Reads a logic; a level left out is empty.
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

    /// Reads run.json, lenient about keys an older file leaves out.
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
    public static func decode(_ data: Data, fileName: String) throws(ResultFormatError) -> RunMetadata {
        try ResultJSON.decode(RunMetadata.self, from: data, fileName: fileName)
    }

    /// The text of `run.json`.
    public var json: String { ResultJSON.text(self) }
}
