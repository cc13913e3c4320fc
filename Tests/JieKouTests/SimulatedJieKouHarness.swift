import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport

/// The shared manual virtual clock (`advance(by:)` wakes due sleepers).
typealias VirtualTestClock = VirtualClock

/// Raw access to a simulated JieKou host for the `Simulated*` and `EndToEnd*` tests.
enum SimulatedJieKouHarness {
    static let key = "sk-test-SENTINEL-1234"
    /// The simulator's calendar start: task times are this plus virtual time.
    static let startDate = Date(timeIntervalSince1970: 1_770_000_000)
    /// Every task takes 60 s: queued for the first 12 s (the default queued fraction 0.2), then running.
    static let completionTime = Duration.seconds(60)

    static func simulator(
        _ dialect: SimulatedJieKou = SimulatedJieKou(), clock: VirtualTestClock = VirtualTestClock(),
        _ configure: (inout SimulatorConfiguration) -> Void = { _ in }
    ) -> Simulator {
        var configuration = SimulatorConfiguration(completionTime: .fixed(completionTime), clock: clock, startDate: startDate)
        configure(&configuration)
        return Simulator(dialects: [dialect], configuration: configuration)
    }

    /// Sends `method target` to the simulator in process with a JSON body, the bearer `key` (none when `nil`) and
    /// `contentType`; returns the status, the parsed body (`.null` when not JSON) and the response.
    static func send(
        _ simulator: Simulator, _ method: SeedanceHTTPMethod, _ target: String, body: JSONValue? = nil, rawBody: Data? = nil,
        key: String? = key, contentType: String? = "application/json"
    ) async throws -> (status: Int, json: JSONValue, response: SeedanceHTTPResponse) {
        var request = SeedanceHTTPRequest(method: method, url: URL(string: simulator.baseURL(for: nil).absoluteString + target)!)
        request.body = rawBody ?? body.map(SimulatedResponse.encode)
        if let contentType { request.headers["Content-Type"] = contentType }
        if let key { request.headers["Authorization"] = "Bearer \(key)" }
        let response = try await simulator.transport.send(request)
        return (response.status, JSONAssert.parse(response.body), response)
    }

    /// Creates a task from `body` on the endpoint of `model` and returns its id (`nil` when refused).
    static func create(_ simulator: Simulator, _ body: JSONValue, model: String = SimulatedJieKou.imageToVideoModel) async throws -> String? {
        let answer = try await send(simulator, .post, "/v3/async/\(model)", body: body)
        return answer.json["task_id"]?.stringValue
    }

    /// The task-result document of `id`.
    static func result(_ simulator: Simulator, _ id: String) async throws -> JSONValue {
        try await send(simulator, .get, "/v3/async/task-result?task_id=\(id)").json
    }

    /// The structure of `value`: every leaf replaced by its JSON type name, arrays and objects kept. Two documents
    /// with the same shape have the same keys, array lengths and JSON types, whatever their ids and times.
    static func shape(_ value: JSONValue) -> JSONValue { JSONShape.of(value, everyElement: true) }

    /// `object` with `changes` applied (`.null` removes a member unless `keepNull`).
    static func edited(_ object: JSONValue, _ changes: [String: JSONValue], keepNull: Bool = false) -> JSONValue {
        var members = object.objectValue ?? [:]
        for (key, value) in changes {
            members[key] = value == .null && !keepNull ? nil : value
        }
        return .object(members)
    }
}
