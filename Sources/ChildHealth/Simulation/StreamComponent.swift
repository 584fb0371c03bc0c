/// The stochastic components of a unit, each with its own random stream per trial, so that a
/// change to one (say, more staff) leaves the numbers every other one sees untouched. Families'
/// choices (acceptance, offer, drop-out) are kept apart from the draws that share out scarce
/// hours, so a scenario with more or fewer hours still sees the same families.
enum StreamComponent: Hashable {
    case births
    case moves
    case staff
    case firstTimeParents
    /// The families' own choices for an activity (for the extended programme: offer, acceptance
    /// and drop-out).
    case families(Activity)
    /// Which waiting families of an activity get the hours when there are too few.
    case service(Activity)

    /// Every component a unit draws from: one pair of streams per activity that draws, so a new
    /// family activity brings its own streams without an edit here.
    static let all: [StreamComponent] =
        [.births, .moves, .staff, .firstTimeParents]
            + (Activity.familyActivities + [.extendedProgramme, .barnHLR]).flatMap { [.families($0), .service($0)] }

    /// The component's part of its streams' keys (`StreamKey.component`). Never change one: every
    /// result drawn from it would change. An activity's streams take their numbers from
    /// `Activity.streamNumber` (Activity.swift).
    @inline(__always)
    var number: UInt64 {
        switch self {
        case .births: 1
        case .moves: 2
        case .staff: 3
        case .firstTimeParents: 4
        case .families(let activity): 10 + activity.streamNumber
        case .service(let activity): 20 + activity.streamNumber
        }
    }
}
