import Foundation
import ChildHealth

/// The targets of `bhvplan size --targets`, read from a comma-separated list of indicator ids.
public enum SizingTargets {
    /// The nurse targets of `list` in order, each once; exit status 2 with the allowed ids for anything else.
    public static func parse(_ list: String) throws(CommandFailure) -> [Indicator] {
        let allowed = SizingRequest.nurseTargets.map(\.id)
        return try IndicatorList.parse(list, option: "--targets", allowed: SizingRequest.nurseTargets) { name in
            let hint = closestName(to: name, among: allowed).map { " (did you mean \($0)?)" } ?? ""
            let doctor = name == Indicator.newbornsPerDoctor.id
                ? " (newborns_per_doctor is always sized, as the doctor headcount)" : hint
            return "is not a nurse target\(doctor)"
        }
    }
}
