import Foundation
import MonteCarlo

/// What the staff model draws with each month, worked out once per run from the scenario's
/// annual rates rather than in every unit and trial.
struct StaffChances {
    /// Monthly chance that a nurse at work starts a long leave, and that a person leaves the post.
    let leaveStart: Double
    let departure: Double
    /// The share of a month a nurse at work loses to sickness.
    let sickLeave: GammaDistribution
    /// Mean months of a long leave, and of a vacancy, beyond the first month.
    let extraLeaveMonths: Double
    let extraVacancyMonths: Double

    /// The monthly chances and means of `staffing`.
    init(_ staffing: StaffingAssumptions) {
        leaveStart = 1 - pow(1 - staffing.longLeavePerYear, 1.0 / 12)
        departure = 1 - pow(1 - staffing.turnoverPerYear, 1.0 / 12)
        sickLeave = GammaDistribution(mean: staffing.sickLeaveMean, coefficientOfVariation: staffing.sickLeaveCV)
        extraLeaveMonths = staffing.longLeaveMeanMonths - 1
        extraVacancyMonths = staffing.vacancyMeanMonths - 1
    }
}
