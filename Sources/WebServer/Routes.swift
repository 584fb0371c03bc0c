import Foundation

/// The addresses of the site's pages, each path segment percent-encoded.
enum Routes {
    static let home = "/"

    static func overview(_ scenario: String, year: Int? = nil) -> String {
        "/scenario/\(segment(scenario))" + (year.map { "?year=\($0)" } ?? "")
    }

    static func unit(_ scenario: String, _ id: String) -> String {
        "/scenario/\(segment(scenario))/unit/\(segment(id))"
    }

    static func whatIf(_ scenario: String, _ id: String) -> String { unit(scenario, id) + "/what-if" }

    static func save(_ scenario: String, _ id: String) -> String { unit(scenario, id) + "/save" }

    static func size(_ scenario: String, _ id: String) -> String { unit(scenario, id) + "/size" }

    static func download(_ scenario: String, _ file: String) -> String {
        "/scenario/\(segment(scenario))/download/\(segment(file))"
    }

    static let compare = "/compare"

    private static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? text
    }
}
