import HTTPTypes
import Hummingbird

/// Headers on every response: a Content-Security-Policy that lets a page load only tracuu's
/// own stylesheet (no script, no frame, no other host), no MIME sniffing, no referrer.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            response = request.uri.path.hasPrefix("/api/")
                ? WebResponse.errorJSON(WebError(.notFound, "no such address; see README, \"Web\""))
                : WebResponse.html(PageRenderer.shared.error(WebError(.notFound, "Không có trang này.")), status: .notFound)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        return response
    }
}
