import Foundation
import Hummingbird

/// Guards a server that listens beyond this machine: every request must carry the token printed at
/// start — as `?token=`, an `Authorization: Bearer` header, or the cookie this middleware sets on
/// the first page opened with `?token=` (so the links of the page keep working). Others get 401.
struct AccessToken<Context: RequestContext>: RouterMiddleware {
    let token: String
    static var cookieName: String { "bhvplan_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let fromQuery = FormFields(query: request.uri.query ?? "").value("token")
        let fromHeader = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let fromCookie = request.headers[.cookie].flatMap(Self.cookieValue)
        guard [fromQuery, fromHeader, fromCookie].contains(where: { $0.map(matches) ?? false }) else {
            return Response(status: .unauthorized, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "401: this server needs the token printed when it started "
                                                                + "(open the address with ?token=…)\n")))
        }
        var response = try await next(request, context)
        if fromQuery != nil {
            response.headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
        }
        return response
    }

    /// Compares in time independent of where the first difference is.
    private func matches(_ candidate: String) -> Bool {
        let a = Array(candidate.utf8), b = Array(token.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func cookieValue(_ header: String) -> String? {
        header.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(cookieName + "=") }.map { String($0.dropFirst(cookieName.count + 1)) }
    }
}
