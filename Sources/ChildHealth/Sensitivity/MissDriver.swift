/// A random driver of missed targets that miss attribution neutralises, one at a time, as a copy
/// of the scenario with the driver's randomness taken out.
public enum MissDriver: String, Sendable, CaseIterable {
    /// Births at their expected value instead of drawn around it.
    case births
    /// No one leaves, so no post falls vacant.
    case vacancies
    /// Sick leave at its mean every month instead of drawn around it.
    case sickLeave = "sick_leave"
    /// Vacation spread evenly over the year instead of peaking in summer.
    case vacationPeak = "vacation_peak"
    /// No long (parental) leave.
    case longLeave = "long_leave"

    /// The drivers `scenario` has: a driver whose randomness the scenario already leaves out
    /// (births without randomness, no turnover, …) can explain nothing and is left out.
    public static func present(in scenario: Scenario) -> [MissDriver] {
        allCases.filter { $0.neutralised(scenario) != scenario }
    }

    /// A copy of `scenario` without this driver.
    public func neutralised(_ scenario: Scenario) -> Scenario {
        var copy = scenario
        switch self {
        case .births: copy.births.randomness = .none
        case .vacancies: copy.staffing.turnoverPerYear = 0
        case .sickLeave:
            // Without sickness there is no variation of it to take out.
            guard scenario.staffing.sickLeaveMean > 0 else { return scenario }
            copy.staffing.sickLeaveCV = 0
        case .vacationPeak:
            guard scenario.staffing.vacationDays > 0 else { return scenario }
            let profile = scenario.staffing.vacationProfile
            copy.staffing.vacationProfile = Array(repeating: profile.reduce(0, +) / Double(profile.count), count: profile.count)
        case .longLeave: copy.staffing.longLeavePerYear = 0
        }
        return copy
    }
}
