import Foundation
import Hummingbird

/// `bhvplan serve`: the web page for a region's unit managers and planners, on Hummingbird.
public enum WebServer {
    /// The application serving `settings.folder`; `onRunning` is told the port it listens on
    /// (the one asked for, or the free one picked for port 0).
    public static func application(_ settings: ServerSettings,
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        application(site: WebSite(settings: settings), onRunning: onRunning)
    }

    static func application(site: WebSite, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        if let token = site.settings.token { router.add(middleware: AccessToken(token: token)) }
        site.register(on: router)
        let settings = site.settings
        return Application(
            router: router,
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "bhvplan"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) })
    }

    /// Serves until SIGINT or SIGTERM, printing the address (with the token, when one is needed)
    /// once it listens; the result sets written for downloads are removed at the end.
    public static func serve(_ settings: ServerSettings) async throws {
        let site = WebSite(settings: settings)
        let app = application(site: site) { port in
            let query = settings.token.map { "?token=\($0)" } ?? ""
            let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
            var lines = "bhvplan serve: \(settings.folder.path) on http://\(host):\(port)/\(query)\n"
            if settings.token != nil { lines += "bhvplan serve: every request needs this token (listening beyond this machine)\n" }
            FileHandle.standardOutput.write(Data(lines.utf8))
        }
        do {
            try await app.runService()
        } catch {
            await site.cache.removeWorkFolder()
            throw error
        }
        await site.cache.removeWorkFolder()
    }
}
