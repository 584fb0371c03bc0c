import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HummingbirdTesting
import Synchronization
import Testing
@testable import WebServer

/// The token of a server listening beyond loopback, and the cap on simulations at once.
@Suite struct WebSafetyTests {
    @Test func loopbackNeedsNoTokenAndAnyOtherAddressGetsARandomOne() throws {
        let fixture = try WebFixture()
        #expect(fixture.settings(host: "127.0.0.1").token == nil)
        #expect(fixture.settings(host: "::1").token == nil)
        let first = try #require(fixture.settings(host: "0.0.0.0").token)
        let second = try #require(fixture.settings(host: "192.168.1.5").token)
        #expect(first.count == 32 && first.allSatisfy(\.isHexDigit) && first != second)
    }

    @Test func withATokenEveryRequestWithoutItGets401() async throws {
        let fixture = try WebFixture()
        let settings = fixture.settings(host: "0.0.0.0")
        let token = try #require(settings.token)
        try await fixture.test(settings) { client in
            for uri in ["/", "/scenario/good", "/scenario/good/download/results.csv", "/?token=wrong", "/?token="] {
                let refused = try await client.execute(uri: uri, method: .get)
                #expect(refused.status == .unauthorized, "\(uri)")
                #expect(!refused.text.contains("good"), "\(uri)")
            }
            let opened = try await client.execute(uri: "/?token=\(token)", method: .get)
            #expect(opened.status == .ok && opened.text.contains("/scenario/good"))
            #expect(opened.headers[.setCookie] == "bhvplan_token=\(token); Path=/; HttpOnly; SameSite=Strict")
            let byCookie = try await client.execute(uri: "/", method: .get, headers: [.cookie: "other=1; bhvplan_token=\(token)"])
            #expect(byCookie.status == .ok)
            let byHeader = try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(byHeader.status == .ok)
            let wrongCookie = try await client.execute(uri: "/", method: .get, headers: [.cookie: "bhvplan_token=\(token.dropLast())0"])
            #expect(token.hasSuffix("0") || wrongCookie.status == .unauthorized)
        }
    }

    /// Counts simulations running at once, apart from the gate's own bookkeeping.
    final class Overlap: Sendable {
        private let state = Mutex((now: 0, most: 0))
        func begin() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func end() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    /// Six simulations asked at once: two run, the others wait their turn, all finish.
    @Test func atMostTwoSimulationsRunAtOnce() async throws {
        let gate = SimulationGate(limit: 2)
        let overlap = Overlap()
        let results = await withTaskGroup(of: Int.self) { group in
            for number in 0..<6 {
                group.addTask {
                    await gate.run {
                        overlap.begin()
                        Thread.sleep(forTimeInterval: 0.05)
                        overlap.end()
                        return number
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<6))
        #expect(overlap.most == 2)
        #expect(await gate.mostRunning == 2)
        #expect(await gate.queued == 0)
    }

    /// Three what-ifs sent at once to the site: the site's gate never lets more than two run.
    @Test func theSiteQueuesSimulationsBeyondTwo() async throws {
        let fixture = try WebFixture()
        let site = WebSite(settings: fixture.settings())
        try await fixture.test(site: site) { client in
            _ = try await client.execute(uri: "/scenario/good", method: .get)  // the scenario's own run first
            try await withThrowingTaskGroup(of: Void.self) { group in
                for fraction in ["0.7", "0.8", "0.9", "1"] {
                    group.addTask {
                        let page = try await client.execute(
                            uri: "/scenario/good/unit/U2/what-if?staff%5B1%5D.id=N3&staff%5B1%5D.role=nurse&staff%5B1%5D.fraction=\(fraction)"
                                + "&cni=0.9&newborns_per_year=40&trials=2000", method: .get)
                        #expect(page.status == .ok)
                    }
                }
                try await group.waitForAll()
            }
        }
        #expect(await site.gate.mostRunning <= 2)
        #expect(await site.gate.queued == 0)
    }

    /// Two questions of one page queued behind a simulation that holds the only slot: the
    /// older, superseded by the newer, is answered 409 without simulating; the newer is answered;
    /// the slot and the queue are free afterwards.
    @Test func aSupersededWhatIfStopsAndFreesItsSlot() async throws {
        let fixture = try WebFixture()
        var settings = fixture.settings()
        settings.concurrentSimulations = 1
        let site = WebSite(settings: settings)
        let question: @Sendable (Int) -> String = { sequence in
            "/scenario/good/unit/U2/what-if?form_id=F1&sequence=\(sequence)&staff%5B1%5D.id=N3&staff%5B1%5D.role=nurse"
                + "&staff%5B1%5D.fraction=0.\(sequence + 6)&cni=0.9&newborns_per_year=40&trials=200"
        }
        try await fixture.test(site: site) { client in
            _ = try await client.execute(uri: "/scenario/good", method: .get)
            let hold = DispatchSemaphore(value: 0)
            defer { hold.signal() }  // never leave the slot's thread waiting, even when the test fails
            let holder = Task { await site.gate.run { hold.wait() } }
            func wait(_ condition: @escaping () async -> Bool) async throws {
                while await !condition() { try await Task.sleep(for: .milliseconds(5)) }
            }
            try await wait { await site.gate.running == 1 }
            let older = Task { try await client.execute(uri: question(1), method: .get) }
            try await wait { await site.gate.queued == 1 }
            let newer = Task { try await client.execute(uri: question(2), method: .get) }
            try await wait { await site.gate.queued == 2 }
            hold.signal()
            await holder.value
            let superseded = try await older.value
            #expect(superseded.status == .conflict)
            #expect(superseded.text.contains("<p class=\"problem\">Superseded by a newer what-if from the same page</p>"))
            let answered = try await newer.value
            #expect(answered.status == .ok && answered.text.contains(#"value="0.8""#))
            #expect(!cellValues(answered.text, kind: "what-if", indicator: "first_home_visit", year: 2026).isEmpty)
        }
        #expect(await site.gate.running == 0)
        #expect(await site.gate.queued == 0)
        #expect(site.questions.open == 0)
    }

    /// A what-if whose client hangs up while it waits for a slot is withdrawn: it does not
    /// simulate, and the slot and the queue are free afterwards. Over a real socket, as a
    /// browser's aborted request closes its connection.
    @Test func aWhatIfWhoseClientHasGoneStops() async throws {
        let fixture = try WebFixture()
        var settings = fixture.settings()
        settings.concurrentSimulations = 1
        settings.trials = 50
        let site = WebSite(settings: settings)
        // The scenario's own run first, outside the live client's read timeout.
        _ = try await site.cache.run("good", file: fixture.scenarios.appendingPathComponent("good.yaml"))
        try await WebServer.application(site: site).test(.live) { client in
            let hold = DispatchSemaphore(value: 0)
            defer { hold.signal() }  // never leave the slot's thread waiting, even when the test fails
            let holder = Task { await site.gate.run { hold.wait() } }
            func wait(_ condition: @escaping () async -> Bool) async throws {
                let deadline = ContinuousClock.now + .seconds(30)
                while await !condition() {
                    try #require(ContinuousClock.now < deadline, "waited 30 s")
                    try await Task.sleep(for: .milliseconds(5))
                }
            }
            try await wait { await site.gate.running == 1 }
            let port = try #require(client.port)
            try Self.sendAndHangUp(port: port, request: "GET /scenario/good/unit/U2/what-if?staff%5B1%5D.id=N3&staff%5B1%5D.role=nurse"
                + "&staff%5B1%5D.fraction=0.9&cni=0.9&newborns_per_year=40&trials=200 HTTP/1.1\r\nHost: localhost\r\n\r\n")
            try await wait { site.questions.withdrawn == 1 }
            hold.signal()
            await holder.value
            try await wait {
                let running = await site.gate.running, queued = await site.gate.queued
                return running == 0 && queued == 0
            }
        }
        #expect(await site.gate.mostRunning == 1)
    }

    /// Connects to the server on `port`, sends `request` and closes the connection at once.
    static func sendAndHangUp(port: Int, request: String) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        try #require(send(socket, bytes, bytes.count, 0) == bytes.count)
    }
}
