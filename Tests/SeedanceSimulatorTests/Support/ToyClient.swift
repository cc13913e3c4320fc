import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// A few-line client of the toy dialect over any `HTTPTransport`, for the tests.
struct ToyClient {
    static let key = "sk-test-SENTINEL-1234"

    var transport: any HTTPTransport
    var base: URL
    var key: String? = ToyClient.key
    var timeout: Duration? = nil

    init(_ simulator: Simulator, transport: (any HTTPTransport)? = nil, base: URL? = nil) {
        self.transport = transport ?? simulator.transport
        self.base = base ?? simulator.baseURL(for: "toy")
    }

    func request(_ method: SeedanceHTTPMethod, _ path: String, body: JSONValue? = nil) -> SeedanceHTTPRequest {
        var request = SeedanceHTTPRequest(method: method, url: URL(string: base.absoluteString + path)!, timeout: timeout)
        if let body {
            request.body = SimulatedResponse.encode(body)
            request.headers["Content-Type"] = "application/json"
            request.kind = .create
        }
        if let key { request.headers["Authorization"] = "Bearer \(key)" }
        return request
    }

    func send(_ method: SeedanceHTTPMethod, _ path: String, body: JSONValue? = nil) async throws -> (
        status: Int, json: JSONValue, response: SeedanceHTTPResponse
    ) {
        let response = try await transport.send(request(method, path, body: body))
        return (response.status, JSONAssert.parse(response.body), response)
    }

    /// Creates a task and returns its id (fails the test by throwing when the answer has none).
    func create(_ prompt: String = "a cat surfing", extra: [String: JSONValue] = [:]) async throws -> String {
        var body: [String: JSONValue] = ["prompt": .string(prompt)]
        body.merge(extra) { _, new in new }
        let answer = try await send(.post, "/tasks", body: .object(body))
        guard let id = answer.json["id"]?.stringValue else { throw ToyClientError(answer: answer.json) }
        return id
    }

    func status(_ id: String) async throws -> JSONValue { try await send(.get, "/tasks/\(id)").json }
}

struct ToyClientError: Error {
    var answer: JSONValue
}

extension Simulator {
    /// A simulator with the toy dialect on `clock` and otherwise `configure`d.
    static func toy(clock: any SeedanceClock = VirtualClock(), _ configure: (inout SimulatorConfiguration) -> Void = { _ in }) -> Simulator {
        var configuration = SimulatorConfiguration(
            completionTime: .fixed(.seconds(100)), clock: clock,
            startDate: Date(timeIntervalSince1970: 1_770_000_000))
        configure(&configuration)
        return Simulator(dialects: [ToyDialect()], configuration: configuration)
    }
}
