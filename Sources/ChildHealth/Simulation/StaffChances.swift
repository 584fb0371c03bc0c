import Foundation

/// What the staff model draws with each month, worked out once per run from the scenario's
/// annual rates rather than in every unit and trial.
struct StaffChances {
    /// Monthly chance that a nurse at work starts a long leave, and that a person leaves the post.
    let leaveStart: Double
    let departure: Double
    /// Mean and coefficient of variation of the share of a month lost to sickness.
    let sickLeaveMean: Double
    let sickLeaveCV: Double
    /// Mean months of a long leave, and of a vacancy, beyond the first month.
    let extraLeaveMonths: Double
    let extraVacancyMonths: Double

    /// The monthly chances and means of `staffing`.
    init(_ staffing: StaffingAssumptions) {
        leaveStart = 1 - pow(1 - staffing.longLeavePerYear, 1.0 / 12)
        departure = 1 - pow(1 - staffing.turnoverPerYear, 1.0 / 12)
        sickLeaveMean = staffing.sickLeaveMean
        sickLeaveCV = staffing.sickLeaveCV
        extraLeaveMonths = staffing.longLeaveMeanMonths - 1
        extraVacancyMonths = staffing.vacancyMeanMonths - 1
    }
}
