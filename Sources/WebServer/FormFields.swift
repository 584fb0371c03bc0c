import Foundation

/// The fields of a query string or an `application/x-www-form-urlencoded` body, in order:
/// `+` is a space and `%XX` a byte, as browsers send forms.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(query: String) {
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(pieces[0]), pieces.count > 1 ? Self.decode(pieces[1]) : ""))
        }
    }

    /// The first value of `name`, or nil when the form has none.
    func value(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
