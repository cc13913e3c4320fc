import Foundation
import SeedanceCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default callback sender: one `URLSession`, one completion-handler data task per POST (the async URLSession
/// methods are avoided on Linux, see the README's "Platform notes"). It is never cancelled: each attempt ends by its
/// timeout. Only ``CallbackDispatcher`` uses it, and only for loopback URLs.
struct URLSessionCallbackSender: HTTPTransport {
    private let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 16
        return URLSession(configuration: configuration)
    }()

    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.httpBody = request.body
        urlRequest.timeoutInterval = max(1, (request.timeout ?? .seconds(30)).timeInterval)
        for field in request.headers { urlRequest.setValue(field.value, forHTTPHeaderField: field.name) }
        urlRequest.setValue("seedance-simulator/\(SeedanceSDK.version)", forHTTPHeaderField: "User-Agent")
        let session = session
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: urlRequest) { data, response, error in
                if let http = response as? HTTPURLResponse {
                    continuation.resume(returning: SeedanceHTTPResponse(status: http.statusCode, body: data ?? Data(), url: request.url))
                } else {
                    continuation.resume(throwing: HTTPTransportError(.other, message: "callback delivery failed: \(error.map { "\($0)" } ?? "no response")"))
                }
            }.resume()
        }
    }

    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        throw HTTPTransportError(.other, message: "the callback sender does not download")
    }
}
