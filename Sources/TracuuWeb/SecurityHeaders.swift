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
        } catch let error as HTTPError {
            // The router's own refusals (no such address, a method other than GET) get the headers too.
            let known = switch error.status {
            case .notFound: WebError(.notFound, .noSuchAddress)
            case .methodNotAllowed: WebError(error.status, .getOnly)
            default: WebError(error.status, .unreadableRequest)
            }
            response = request.uri.path.hasPrefix("/api/")
                ? WebResponse.errorJSON(known)
                : WebResponse.html(PageRenderer.shared.error(known),
                                   status: error.status)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        return response
    }
}
