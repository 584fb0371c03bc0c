/// A regional plan's intervention logic, as in the template of *Analys, handlingsplan – riktade
/// insatser inom området psykisk hälsa 2018*: what the initiative is meant to achieve and how
/// that is measured, carried into the report unchanged.
public struct InterventionLogic: Sendable, Equatable, Codable {
    /// One level of the logic: what it says, and the indicators, data sources and assumptions it rests on.
    public struct Level: Sendable, Equatable, Codable {
        public var text: String
        public var indicators: [String]
        public var dataSources: [String]
        public var assumptions: [String]

        /// A level with its text and what it rests on.
        public init(text: String, indicators: [String] = [], dataSources: [String] = [], assumptions: [String] = []) {
            self.text = text
            self.indicators = indicators
            self.dataSources = dataSources
            self.assumptions = assumptions
        }
    }

    public var longTermOutcome: Level?
    public var shortTermOutcome: Level?
    public var activities: Level?
    public var resources: Level?

    /// A logic with the levels given; any may be left out.
    public init(longTermOutcome: Level? = nil, shortTermOutcome: Level? = nil, activities: Level? = nil, resources: Level? = nil) {
        self.longTermOutcome = longTermOutcome
        self.shortTermOutcome = shortTermOutcome
        self.activities = activities
        self.resources = resources
    }
}
