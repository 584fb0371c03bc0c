import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `bhvplan serve` as a process: it refuses a folder that is not one, listens on a free port and
/// says where, answers over a real socket, and stops cleanly on SIGTERM.
@Suite struct CLIServeTests {
    @Test func aMissingFolderIsRefusedBeforeListening() throws {
        let outcome = try CLIProcess.run(["serve", "--scenarios", "/nonexistent/scenarios", "--port", "0"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--scenarios: '/nonexistent/scenarios' is not a folder (allowed: a folder of scenario files)"))
    }

    @Test func itListensSaysWhereAndStopsOnSIGTERM() async throws {
        let server = try ServeProcess(["--scenarios", "Scenarios"])
        #expect(server.address.hasPrefix("http://127.0.0.1:") && !server.address.contains("token"))
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: server.address)))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains(#"<a href="/scenario/default">default</a>"#))
        server.stop()
        #expect(server.process.terminationStatus == 0)
    }
}
