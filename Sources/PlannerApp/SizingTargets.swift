import Foundation
import ChildHealth

/// The targets of `bhvplan size --targets`, read from a comma-separated list of indicator ids.
public enum SizingTargets {
    /// The nurse targets of `list` in order, each once; exit status 2 with the allowed ids for anything else.
    public static func parse(_ list: String) throws(CommandFailure) -> [Indicator] {
        let allowed = SizingRequest.nurseTargets.map(\.id)
        var targets: [Indicator] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let indicator = Indicator(id: name), SizingRequest.nurseTargets.contains(indicator) else {
                let hint = closestName(to: name, among: allowed).map { " (did you mean \($0)?)" } ?? ""
                let doctor = name == Indicator.newbornsPerDoctor.id
                    ? " (newborns_per_doctor is always sized, as the doctor headcount)" : hint
                throw CommandFailure("bhvplan: --targets: '\(name)' is not a nurse target\(doctor); allowed: \(allowed.joined(separator: ", "))",
                                     status: 2)
            }
            if !targets.contains(indicator) { targets.append(indicator) }
        }
        guard !targets.isEmpty else {
            throw CommandFailure("bhvplan: --targets: give at least one of \(allowed.joined(separator: ", "))", status: 2)
        }
        return targets
    }
}
