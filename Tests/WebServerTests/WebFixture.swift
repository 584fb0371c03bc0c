import Foundation
import Hummingbird
import HummingbirdTesting
import PlannerApp
@testable import WebServer

/// A scenarios folder of two small scenarios (the second with a nurse more at Öster), a file
/// beside the folder that no request may reach, and the site on it.
struct WebFixture {
    static let good = """
        name: good
        description: Two units for the web page's tests.
        start_year: 2026
        horizon: 2
        trials: 200
        seed: 4
        region:
          units:
            - id: U1
              name: BVC Öster
              municipality: Växjö
              cni: 1.2
              newborns_per_year: 90
              staff:
                - {id: N1, role: nurse, fraction: 1.0}
                - {id: N2, role: nurse, fraction: 0.6}
                - {id: D1, role: doctor, fraction: 0.2}
            - id: U2
              name: BVC Väster
              municipality: Alvesta
              cni: 0.9
              newborns_per_year: 40
              staff:
                - {id: N3, role: nurse, fraction: 0.8}
        """

    let root: URL
    let scenarios: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        scenarios = root.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try Self.good.write(to: scenarios.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let plus = Self.good.replacingOccurrences(of: "name: good", with: "name: plus")
            .replacingOccurrences(of: "{id: N2, role: nurse, fraction: 0.6}", with: "{id: N2, role: nurse, fraction: 1.0}")
        try plus.write(to: scenarios.appendingPathComponent("plus.yaml"), atomically: true, encoding: .utf8)
        try "secret\n".write(to: root.appendingPathComponent("secret.yaml"), atomically: true, encoding: .utf8)
    }

    func settings(host: String = "127.0.0.1", trialCap: Int = 5_000, language: ReportLanguage = .en) -> ServerSettings {
        ServerSettings(folder: scenarios, host: host, port: 0, language: language, trialCap: trialCap, workers: 2)
    }

    /// Runs `test` against the site's router, without sockets.
    func test(_ settings: ServerSettings? = nil, site: WebSite? = nil,
              _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let site = site ?? WebSite(settings: settings ?? self.settings())
        try await WebServer.application(site: site).test(.router, test)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// The `data-value` of the cells of `kind` for `indicator` in `year` (and unit, when given), in page order.
func cellValues(_ html: String, kind: String, indicator: String, year: Int, unit: String? = nil) -> [String] {
    let pattern = #"data-kind="\#(kind)"\#(unit.map { #" data-unit="\#($0)""# } ?? #" data-unit="[^"]*""#) data-year="\#(year)" data-indicator="\#(indicator)" data-value="([^"]*)""#
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
        String(html[Range($0.range(at: 1), in: html)!])
    }
}
