import Foundation
import ChildHealth

/// A command-line list of indicator ids (`--targets`, `--precision-targets`): comma-separated,
/// each kept once in the order given, every one among those the option allows.
enum IndicatorList {
    /// The indicators of `list`; exit status 2 naming `option` for none, and for a name not in
    /// `allowed` with the text `refusal` gives for it (what the name is not, and any hint).
    static func parse(_ list: String, option: String, allowed: [Indicator],
                      refusal: (String) -> String) throws(CommandFailure) -> [Indicator] {
        let ids = allowed.map(\.id).joined(separator: ", ")
        var chosen: [Indicator] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let indicator = Indicator(id: name), allowed.contains(indicator) else {
                throw CommandFailure("bhvplan: \(option): '\(name)' \(refusal(name)); allowed: \(ids)", status: 2)
            }
            if !chosen.contains(indicator) { chosen.append(indicator) }
        }
        guard !chosen.isEmpty else { throw CommandFailure("bhvplan: \(option): give at least one of \(ids)", status: 2) }
        return chosen
    }
}
