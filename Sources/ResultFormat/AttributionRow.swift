/// One row of `attribution.csv` / `attribution.json`: why one unit misses one target in one
/// year. Each driver's column is the share of the missed trials that the same trial without
/// that driver (on common random numbers) would have met; `unexplained` the share no single
/// driver explains. A driver the scenario does not have (e.g. births without randomness) is
/// empty. Shares of two drivers may overlap: a trial either would have met counts for both.
/// Where a share is unexplained, `fte_needed` is the nurse FTE against now that `bhvplan size`
/// advises for the unit and the year, or `unmet_with_persons` the persons who at full time still
/// do not meet its targets.
public struct AttributionRow: ResultTableRow, Equatable {
    public var scenario: String
    public var unit: String
    public var year: Int
    public var indicator: String
    public var target: Double
    public var pMeet: Double
    /// Trials in which the target was missed, and those in which the indicator was defined.
    public var missedTrials: Int
    public var trials: Int
    public var births: Double?
    public var vacancies: Double?
    public var sickLeave: Double?
    public var vacationPeak: Double?
    public var longLeave: Double?
    public var unexplained: Double
    /// Nurse FTE to add (negative: to remove) that `bhvplan size --unit U --year Y --targets …`
    /// advises with the same seed, trials and confidence, the targets being those of the unit's
    /// rows in the year with an unexplained share that the most persons at full time meet (the
    /// same on each); nil where nothing is unexplained, where even they do not meet the target,
    /// or for newborns per doctor and per nurse, which more hours do not meet.
    public var fteNeeded: Double?
    /// When even the most persons `size` tries, at full time, do not meet the target: how many.
    public var unmetWithPersons: Int?

    /// The columns in order: the CSV header and the JSON keys; the drivers' columns are named as
    /// the drivers.
    public enum Column: String, CodingKey, CaseIterable {
        case scenario, unit, year, indicator, target
        case pMeet = "p_meet"
        case missedTrials = "missed_trials"
        case trials, births, vacancies
        case sickLeave = "sick_leave"
        case vacationPeak = "vacation_peak"
        case longLeave = "long_leave"
        case unexplained
        case fteNeeded = "fte_needed"
        case unmetWithPersons = "unmet_with_persons"
    }

    /// The sizing's columns, added after the first files were written.
    public static let optionalColumns: Set<String> = [Column.fteNeeded.rawValue, Column.unmetWithPersons.rawValue]

    /// The drivers' columns, in order.
    public static let driverColumns: [Column] = [.births, .vacancies, .sickLeave, .vacationPeak, .longLeave]

    /// A row with every column's value.
    public init(scenario: String, unit: String, year: Int, indicator: String, target: Double, pMeet: Double,
                missedTrials: Int, trials: Int, births: Double?, vacancies: Double?, sickLeave: Double?,
                vacationPeak: Double?, longLeave: Double?, unexplained: Double,
                fteNeeded: Double? = nil, unmetWithPersons: Int? = nil) {
        self.scenario = scenario
        self.unit = unit
        self.year = year
        self.indicator = indicator
        self.target = target
        self.pMeet = pMeet
        self.missedTrials = missedTrials
        self.trials = trials
        self.births = births
        self.vacancies = vacancies
        self.sickLeave = sickLeave
        self.vacationPeak = vacationPeak
        self.longLeave = longLeave
        self.unexplained = unexplained
        self.fteNeeded = fteNeeded
        self.unmetWithPersons = unmetWithPersons
    }

    /// The share a driver's column holds (nil where the scenario lacks the driver).
    public func share(_ driver: Column) -> Double? {
        if case .number(let share) = value(driver) { return share }
        return nil
    }

    /// The value of `column` in this row, as both the CSV and the JSON file write it.
    public func value(_ column: Column) -> FieldValue {
        switch column {
        case .scenario: .text(scenario)
        case .unit: .text(unit)
        case .year: .integer(year)
        case .indicator: .text(indicator)
        case .target: .number(target)
        case .pMeet: .number(pMeet)
        case .missedTrials: .integer(missedTrials)
        case .trials: .integer(trials)
        case .births: .number(births)
        case .vacancies: .number(vacancies)
        case .sickLeave: .number(sickLeave)
        case .vacationPeak: .number(vacationPeak)
        case .longLeave: .number(longLeave)
        case .unexplained: .number(unexplained)
        case .fteNeeded: .number(fteNeeded)
        case .unmetWithPersons: unmetWithPersons.map(FieldValue.integer) ?? .number(nil)
        }
    }

    /// Reads one row of the CSV file; errors name the file, the line and the column.
    public init(_ record: TableRecord) throws(ResultFormatError) {
        self.init(scenario: record.text("scenario"), unit: record.text("unit"), year: try record.integer("year"),
                  indicator: record.text("indicator"), target: try record.number("target"), pMeet: try record.number("p_meet"),
                  missedTrials: try record.integer("missed_trials"), trials: try record.integer("trials"),
                  births: try record.optionalNumber("births"), vacancies: try record.optionalNumber("vacancies"),
                  sickLeave: try record.optionalNumber("sick_leave"), vacationPeak: try record.optionalNumber("vacation_peak"),
                  longLeave: try record.optionalNumber("long_leave"), unexplained: try record.number("unexplained"),
                  fteNeeded: try record.optionalNumber("fte_needed"), unmetWithPersons: try record.optionalInteger("unmet_with_persons"))
    }
}
