import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `tracuu serve` started on a free port over an index in a `TracuuProcess` workspace, with
/// plain HTTP requests to it; stopped (SIGTERM) when released.
final class RunningServer {
    let process: RunningTracuu
    let base: String

    /// One HTTP answer.
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    init(_ workspace: TracuuProcess, arguments: [String]) throws {
        process = try workspace.start(["serve", "--port", "0"] + arguments)
        let deadline = Date().addingTimeInterval(60)
        var address: String?
        while address == nil, Date() < deadline, process.isRunning {
            if let range = process.stderrSoFar.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                address = String(process.stderrSoFar[range])
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        guard let address else {
            let stderr = process.stderrSoFar
            process.kill()
            throw ServerDidNotStart(stderr: stderr)
        }
        base = address
    }

    deinit {
        if process.isRunning { kill(process.process.processIdentifier, SIGTERM) }
        process.process.waitUntilExit()
    }

    /// GET (or another method) `path`, already percent-encoded where it must be.
    func get(_ path: String, method: String = "GET") throws -> Answer {
        let url = try XCTUnwrap(URL(string: base + path), path)
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = 60
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var answer: Answer?
        nonisolated(unsafe) var failure: Error?
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (key, value) in response.allHeaderFields { headers["\(key)"] = "\(value)" }
                answer = Answer(status: response.statusCode, headers: headers, body: data ?? Data())
            }
            failure = error
            done.signal()
        }.resume()
        done.wait()
        if let failure { throw failure }
        return try XCTUnwrap(answer, "no answer for \(path)")
    }
}
