/// How staff are available month by month: contract hours, vacation, sickness, long leave and
/// turnover. The defaults and their sources are listed in `Scenario.assumptions` (Model/Assumption.swift).
public struct StaffingAssumptions: Sendable, Equatable {
    /// Contract hours per full-time post and year.
    public var hoursPerFTEYear = 1872.0
    /// Vacation days per year and how they fall over the months (mostly July).
    public var vacationDays = 27.0
    public var vacationProfile: [Double] = [0.02, 0.02, 0.02, 0.03, 0.02, 0.12, 0.55, 0.14, 0.02, 0.02, 0.02, 0.02]
    /// Working days in an average month.
    public var workingDaysPerMonth = 21.7
    /// Mean share of working time lost to sickness, and its month-to-month variation.
    public var sickLeaveMean = 0.065
    public var sickLeaveCV = 1.0
    /// Probability per year that a person starts a long leave (e.g. parental), and its mean length.
    public var longLeavePerYear = 0.04
    public var longLeaveMeanMonths = 6.0
    /// Probability per year that a person leaves, and the mean months before the post is refilled.
    public var turnoverPerYear = 0.10
    public var vacancyMeanMonths = 4.0
    /// Share of available nurse hours that can go to the child health programme (the rest:
    /// meetings, training, administration).
    public var programmeShare = 0.85

    /// The defaults, as listed with their sources among the assumptions in force.
    public init() {}

    /// Share of each month's working time taken by vacation.
    public var vacationShares: [Double] {
        let total = vacationProfile.reduce(0, +)
        return vacationProfile.map { min(1, vacationDays * $0 / total / workingDaysPerMonth) }
    }
}
