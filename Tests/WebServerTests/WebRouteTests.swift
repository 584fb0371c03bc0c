import ChildHealth
import Foundation
import HummingbirdTesting
import PlannerApp
import ResultFormat
import Testing
@testable import WebServer

/// Every route of `bhvplan serve`, through the router without sockets.
@Suite struct WebRouteTests {
    /// results.csv of `bhvplan run FILE` at the file's trials and seed, as rows.
    static func runRows(_ file: URL, change: (inout Scenario) -> Void = { _ in }) throws -> [ResultRow] {
        var scenario = try ScenarioRequest(path: file.path, workers: 2).load()
        change(&scenario)
        return RunFiles.resultRows(try #require(Planner.run(scenario, workers: 2)))
    }

    @Test func theStartPageListsTheScenariosOfTheFolderOnly() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<a href="/scenario/good">good</a>"#))
            #expect(page.text.contains(#"<a href="/scenario/plus">plus</a>"#))
            #expect(!page.text.contains("secret"))
        }
    }

    @Test func theOverviewShowsTheNumbersOfResultsCSV() async throws {
        let fixture = try WebFixture()
        let expected = try Self.runRows(fixture.scenarios.appendingPathComponent("good.yaml"))
        try await fixture.test { client in
            for year in [2026, 2027] {
                let page = try await client.execute(uri: "/scenario/good?year=\(year)", method: .get)
                #expect(page.status == .ok)
                for unit in ["U1", "U2", "REGION"] {
                    for indicator in ["newborns_per_nurse_fte", "first_home_visit", "epds"] {
                        let row = try #require(expected.first { $0.unit == unit && $0.year == year && $0.indicator == indicator })
                        #expect(cellValues(page.text, kind: "p-meet", indicator: indicator, year: year, unit: unit)
                                == [NumberFormat.string(try #require(row.pMeet))])
                    }
                }
            }
        }
    }

    @Test func theUnitPageHasItsProbabilitiesFanChartsStaffAndAssumptions() async throws {
        let fixture = try WebFixture()
        let expected = try Self.runRows(fixture.scenarios.appendingPathComponent("good.yaml"))
        try await fixture.test { client in
            let page = try await client.execute(uri: "/scenario/good/unit/U1", method: .get)
            #expect(page.status == .ok)
            let row = try #require(expected.first { $0.unit == "U1" && $0.year == 2027 && $0.indicator == "first_home_visit" })
            #expect(cellValues(page.text, kind: "p-meet", indicator: "first_home_visit", year: 2027) == [NumberFormat.string(row.pMeet!)])
            #expect(page.text.components(separatedBy: "<svg viewBox").count - 1 == IndicatorID.fanCharted.count)
            #expect(page.text.contains("<td>N2</td><td>nurse</td><td class=\"num\">0.6</td>"))
            #expect(page.text.contains("staffing.sick_leave_mean"))
            #expect(page.text.contains(#"href="/scenario/good/unit/U1/what-if""#))
        }
    }

    /// A nurse from 0.6 to 0.9: the page's new probabilities are those of `bhvplan run` with that
    /// staff and seed, and its differences those of the scenario on common random numbers.
    @Test func aWhatIfAnswersWithTheProbabilitiesOfARunWithThatStaff() async throws {
        let fixture = try WebFixture()
        let file = fixture.scenarios.appendingPathComponent("good.yaml")
        let changed = try Self.runRows(file) { $0.units[0].staff[1].fraction = 0.9 }
        let query = "staff[1].id=N1&staff[1].role=nurse&staff[1].fraction=1&staff[2].id=N2&staff[2].role=nurse&staff[2].fraction=0.9"
            + "&staff[3].id=D1&staff[3].role=doctor&staff[3].fraction=0.2&staff[4].id=&staff[4].role=nurse&staff[4].fraction="
            + "&newborns_per_year=90&cni=1.2&trials=200"
        try await fixture.test { client in
            let form = try await client.execute(uri: "/scenario/good/unit/U1/what-if", method: .get)
            #expect(form.status == .ok && form.text.contains(#"name="staff[2].fraction" id="staff[2].fraction" value="0.6""#))
            let page = try await client.execute(uri: "/scenario/good/unit/U1/what-if?" + query.replacingOccurrences(of: "[", with: "%5B")
                .replacingOccurrences(of: "]", with: "%5D"), method: .get)
            #expect(page.status == .ok)
            for year in [2026, 2027] {
                for indicator in ["newborns_per_nurse_fte", "first_home_visit", "eight_month_home_visit"] {
                    let row = try #require(changed.first { $0.unit == "U1" && $0.year == year && $0.indicator == indicator })
                    #expect(cellValues(page.text, kind: "what-if", indicator: indicator, year: year) == [NumberFormat.string(row.pMeet!)])
                }
            }
            #expect(!cellValues(page.text, kind: "delta", indicator: "first_home_visit", year: 2026).isEmpty)
        }
    }

    /// The programme turned on for Öster at an offer rate of 0.7: the page's probabilities are
    /// those of `bhvplan run` on a scenario file giving Öster that programme, same seed and trials.
    @Test func aWhatIfWithTheProgrammeAnswersAsAScenarioFileWithIt() async throws {
        let fixture = try WebFixture()
        let file = fixture.root.appendingPathComponent("programme.yaml")
        try (WebFixture.good + """

            interventions:
              - name: Extended home visits
                type: extended_home_visits
                units: [U1]
                offer_rate: 0.7

            """).write(to: file, atomically: true, encoding: .utf8)
        let expected = try Self.runRows(file)
        try await fixture.test { client in
            let form = try await client.execute(uri: "/scenario/good/unit/U1/what-if", method: .get)
            #expect(form.text.contains(#"<input type="checkbox" name="programme" id="programme">"#))
            #expect(form.text.contains(#"name="programme_offer_rate" id="programme_offer_rate" value="0.9""#))
            let page = try await client.execute(uri: "/scenario/good/unit/U1/what-if?" + Self.östersForm
                + "&programme=on&programme_offer_rate=0%2C7", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<input type="checkbox" name="programme" id="programme" checked>"#))
            let indicators = Set(expected.filter { $0.unit == "U1" && $0.pMeet != nil }.map(\.indicator))
            let scenario = try Self.runRows(fixture.scenarios.appendingPathComponent("good.yaml")).filter { $0.unit == "U1" }.map(\.pMeet)
            #expect(expected.filter { $0.unit == "U1" }.map(\.pMeet) != scenario, "the programme changes Öster's probabilities")
            for year in [2026, 2027] {
                for indicator in indicators {
                    let row = try #require(expected.first { $0.unit == "U1" && $0.year == year && $0.indicator == indicator })
                    #expect(cellValues(page.text, kind: "what-if", indicator: indicator, year: year) == [NumberFormat.string(row.pMeet!)],
                            "\(indicator) \(year)")
                }
            }
            let wrong = try await client.execute(uri: "/scenario/good/unit/U1/what-if?" + Self.östersForm
                + "&programme=on&programme_offer_rate=2", method: .get)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains(#"<span class="problem" data-field="programme_offer_rate">&#39;2&#39; is out of range (allowed: 0 ≤ x ≤ 1)</span>"#))
        }
    }

    /// Öster's what-if form as the scenario has it, percent-encoded, trials 200.
    static let östersForm = "staff%5B1%5D.id=N1&staff%5B1%5D.role=nurse&staff%5B1%5D.fraction=1&staff%5B2%5D.id=N2&staff%5B2%5D.role=nurse"
        + "&staff%5B2%5D.fraction=0.6&staff%5B3%5D.id=D1&staff%5B3%5D.role=doctor&staff%5B3%5D.fraction=0.2&newborns_per_year=90&cni=1.2&trials=200"

    @Test func aBadValueIsShownBesideItsFieldAndNothingRuns() async throws {
        let fixture = try WebFixture()
        try await fixture.test { client in
            let page = try await client.execute(
                uri: "/scenario/good/unit/U1/what-if?staff%5B1%5D.id=N1&staff%5B1%5D.role=nurse&staff%5B1%5D.fraction=1.5&cni=1.2"
                    + "&newborns_per_year=90&trials=200", method: .get)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains(#"<span class="problem" data-field="staff[1].fraction">&#39;1.5&#39; is out of range (allowed: 0 &lt; x ≤ 1)</span>"#))
            #expect(cellValues(page.text, kind: "what-if", indicator: "first_home_visit", year: 2026).isEmpty)
        }
    }

    @Test func trialsPerRequestAreCapped() async throws {
        let fixture = try WebFixture()
        try await fixture.test(fixture.settings(trialCap: 300)) { client in
            let page = try await client.execute(
                uri: "/scenario/good/unit/U2/what-if?staff%5B1%5D.id=N3&staff%5B1%5D.role=nurse&staff%5B1%5D.fraction=1&cni=0.9"
                    + "&newborns_per_year=40&trials=301", method: .get)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains(#"<span class="problem" data-field="trials">&#39;301&#39; is not allowed (allowed: a whole number from 1 to 300, the server&#39;s cap)</span>"#))
        }
    }

    @Test func aScenarioAskingMoreTrialsThanTheCapRunsAtTheCap() async throws {
        let fixture = try WebFixture()
        try await fixture.test(fixture.settings(trialCap: 100)) { client in
            let page = try await client.execute(uri: "/scenario/good", method: .get)
            #expect(page.text.contains("Trials: 100, Random seed: 4."))
        }
    }

    @Test func compareAndSizeAnswerAsTheCommandLineDoes() async throws {
        let fixture = try WebFixture()
        let base = try ScenarioRequest(path: fixture.scenarios.appendingPathComponent("good.yaml").path, workers: 2).load()
        let other = try ScenarioRequest(path: fixture.scenarios.appendingPathComponent("plus.yaml").path, workers: 2).load()
        let summary = ComparisonSummary.render(try #require(try Comparison.run(base: base, others: [other], workers: 2)))
        try await fixture.test { client in
            let compared = try await client.execute(uri: "/compare?base=good&other=plus", method: .get)
            #expect(compared.status == .ok && compared.text.contains(h(summary)))
            let sized = try await client.execute(uri: "/scenario/good/unit/U2/size?confidence=0.8", method: .get)
            #expect(sized.status == .ok && sized.text.contains("← advised"))
            let wrong = try await client.execute(uri: "/scenario/good/unit/U2/size?confidence=1.5", method: .get)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains(#"data-field="confidence">--confidence must be between 0 and 1 (got 1.5)"#))
        }
    }

    @Test func theResultSetIsDownloadedAsRunWritesIt() async throws {
        let fixture = try WebFixture()
        let expected = ResultRow.csv(try Self.runRows(fixture.scenarios.appendingPathComponent("good.yaml")))
        try await fixture.test { client in
            let csv = try await client.execute(uri: "/scenario/good/download/results.csv", method: .get)
            #expect(csv.status == .ok && csv.text == expected)
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"good-results.csv\"")
            let workbook = try await client.execute(uri: "/scenario/good/download/results.xlsx", method: .get)
            #expect(workbook.status == .ok && workbook.body.readableBytes > 1000)
            #expect(workbook.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let json = try await client.execute(uri: "/scenario/good/download/results.json", method: .get)
            #expect(json.text == ResultRow.json(try Self.runRows(fixture.scenarios.appendingPathComponent("good.yaml"))))
        }
    }

    /// Names are looked up, never joined to paths: nothing outside the folder (or outside the
    /// result set, for downloads) is reached however the name is spelt.
    @Test func noPathOutsideTheFolderIsEverRead() async throws {
        let fixture = try WebFixture()
        try FileManager.default.createSymbolicLink(at: fixture.scenarios.appendingPathComponent("linked.yaml"),
                                                   withDestinationURL: fixture.root.appendingPathComponent("secret.yaml"))
        try await fixture.test { client in
            for uri in ["/scenario/..%2fsecret", "/scenario/..%2F..%2Fetc%2Fpasswd", "/scenario/%2e%2e%2fsecret", "/scenario/linked",
                        "/scenario/good.yaml", "/scenario/%2Fetc%2Fpasswd", "/scenario/good/download/..%2fgood.yaml",
                        "/scenario/good/download/%2e%2e%2f%2e%2e%2fsecret.yaml", "/scenario/good/download/manifest.json",
                        "/scenario/good/unit/..%2f..%2fsecret", "/compare?base=..%2fsecret&other=good"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(!response.text.contains("secret\n"), "\(uri)")
            }
            let list = try await client.execute(uri: "/", method: .get)
            #expect(!list.text.contains("linked"))
        }
    }

    @Test func aScenarioThatCannotBeReadSaysWhy() async throws {
        let fixture = try WebFixture()
        try "name: broken\nhorizon: 0\n".write(to: fixture.scenarios.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try await fixture.test { client in
            let page = try await client.execute(uri: "/scenario/broken", method: .get)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("broken.yaml"))
            #expect(!page.text.contains(fixture.scenarios.path))
        }
    }

    /// On the Swedish page the messages beside the fields are Swedish; the command line's
    /// English stays the English page's.
    @Test func swedishMessagesBesideTheFields() async throws {
        let fixture = try WebFixture()
        @Sendable func shown(_ field: String, _ message: String) -> String {
            #"<span class="problem" data-field="\#(field)">\#(h(message))</span>"#
        }
        let bad = Self.östersForm.replacingOccurrences(of: "fraction=0.6", with: "fraction=1%2C5")
            .replacingOccurrences(of: "cni=1.2", with: "cni=abc").replacingOccurrences(of: "trials=200", with: "trials=999999")
            + "&programme=on&programme_offer_rate=2"
        try await fixture.test(fixture.settings(language: .sv)) { client in
            let page = try await client.execute(uri: "/scenario/good/unit/U1/what-if?" + bad, method: .get)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains(shown("staff[2].fraction", "'1,5' ligger utanför det tillåtna (tillåtet: 0 < x ≤ 1)")))
            #expect(page.text.contains(shown("cni", "'abc' är inte ett tal (tillåtet: ett tal > 0)")))
            #expect(page.text.contains(shown("trials", "'999999' är inte tillåtet (tillåtet: ett heltal från 1 till 5000, serverns tak)")))
            #expect(page.text.contains(shown("programme_offer_rate", "'2' ligger utanför det tillåtna (tillåtet: 0 ≤ x ≤ 1)")))
            let low = try await client.execute(
                uri: "/scenario/good/unit/U1/what-if?" + Self.östersForm.replacingOccurrences(of: "fraction=0.6", with: "fraction=0.4"), method: .get)
            #expect(low.text.contains("<li>staff[2].fraction: " + h("varning: sjuksköterskan 'N2' arbetar 0,4 av heltid, under 0,5, det minsta "
                                        + "Region Kronobergs nyckeltal kräver av en sjuksköterska (beräkningen görs ändå)") + "</li>"))
            let name = try await WebSaveTests.post(client, "good", Self.östersForm, name: "..%2Fx")
            #expect(name.text.contains(shown("save_as", "'../x' är inte tillåtet (tillåtet: 1 till 60 bokstäver a–z eller A–Z, siffror, - och _)")))
            let sized = try await client.execute(uri: "/scenario/good/unit/U2/size?confidence=1%2C5", method: .get)
            #expect(sized.text.contains(shown("confidence", "säkerheten måste ligga mellan 0 och 1 (angivet: 1,5)")))
        }
        try await fixture.test { client in
            let page = try await client.execute(uri: "/scenario/good/unit/U1/what-if?" + bad, method: .get)
            #expect(page.text.contains(shown("cni", "'abc' is not a number (allowed: a number > 0)")))
        }
    }

    @Test func swedishLabelsWithDecimalCommas() async throws {
        let fixture = try WebFixture()
        try await fixture.test(fixture.settings(language: .sv)) { client in
            let page = try await client.execute(uri: "/scenario/good/unit/U1", method: .get)
            #expect(page.text.contains("<html lang=\"sv\">"))
            #expect(page.text.contains("Sannolikhet att nå målet"))
            #expect(page.text.contains("<td class=\"num\">0,6</td>"))
            #expect(page.text.contains("<td>Första hembesök</td><td class=\"num\">≥ 0,9</td>"))
            #expect(page.text.contains("<td>Nyfödda per heltidstjänst</td><td class=\"num\">≤ 50</td>"))
            // A decimal comma is read as the point the files write.
            let comma = try await client.execute(
                uri: "/scenario/good/unit/U2/what-if?staff%5B1%5D.id=N3&staff%5B1%5D.role=nurse&staff%5B1%5D.fraction=0%2C9&cni=0%2C9"
                    + "&newborns_per_year=40&trials=200", method: .get)
            #expect(comma.status == .ok && comma.text.contains(#"value="0.9""#))
        }
    }
}
