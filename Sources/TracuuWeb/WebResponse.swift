import Hummingbird
import NIOCore
import TracuuOutput

/// The responses tracuu serves: JSON as the CLI prints it, HTML pages, downloads and assets.
enum WebResponse {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "application/json; charset=utf-8", status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "text/html; charset=utf-8", status: status)
    }

    /// A file to save (`so-lieu.csv`), never shown in the page.
    static func download(_ text: String, type: String, filename: String) -> Response {
        var response = body(text, type: type, status: .ok)
        response.headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        return response
    }

    static func errorJSON(_ error: WebError) -> Response {
        let text = (try? JSONOutput.encode(WebError.Body(error: error.message, status: Int(error.status.code))))
            ?? "{\"error\":\"internal error\",\"status\":500}\n"
        return json(text, status: error.status)
    }

    static func body(_ text: String, type: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
