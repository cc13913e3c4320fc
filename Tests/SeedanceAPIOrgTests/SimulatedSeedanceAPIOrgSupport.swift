import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport

/// Raw HTTP against a ``SimulatedSeedanceAPIOrg`` (no adapter): bodies and answers as JSON, for shape and rule tests.
struct RawSeedanceAPI {
    /// 2026-02-07T10:30:00Z, the `created_at` of the documented example.
    static let startDate = Date(timeIntervalSince1970: 1_770_460_200)

    let simulator: Simulator
    let clock: VirtualClock

    /// A simulator whose tasks take `completion`, starting at ``startDate``.
    init(
        completion: Duration = .seconds(60), dialect: SimulatedSeedanceAPIOrg = SimulatedSeedanceAPIOrg(),
        configure: (inout SimulatorConfiguration) -> Void = { _ in }
    ) {
        let clock = VirtualClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(completion), clock: clock, startDate: Self.startDate)
        configure(&configuration)
        self.clock = clock
        simulator = Simulator(dialects: [dialect], configuration: configuration)
    }

    var base: String { simulator.baseURL(for: "seedanceapi").absoluteString }

    /// `POST /v1/generate` with `body` (or raw bytes when `raw` is given).
    func create(_ body: JSONValue, key: String? = EndToEndHarness.apiKey, raw: Data? = nil) async throws -> SeedanceHTTPResponse {
        var request = SeedanceHTTPRequest.createJSON(URL(string: base + "/generate")!, body: raw ?? SimulatedResponse.encode(body))
        if let key { request.headers["Authorization"] = "Bearer \(key)" }
        return try await simulator.transport.send(request)
    }

    /// The `data.task_id` of a successful create of `body`.
    func createID(_ body: JSONValue) async throws -> String {
        let response = try await create(body)
        guard response.status == 200, let id = JSONAssert.parse(response.body)["data"]?["task_id"]?.stringValue else {
            throw RawFailure(response: response)
        }
        return id
    }

    /// `GET /v1/status?task_id=<id>` (no query when `id` is `nil`).
    func status(_ id: String?) async throws -> SeedanceHTTPResponse {
        var request = SeedanceHTTPRequest.getJSON(URL(string: base + "/status" + (id.map { "?task_id=\($0)" } ?? ""))!)
        request.headers["Authorization"] = "Bearer \(EndToEndHarness.apiKey)"
        return try await simulator.transport.send(request)
    }

    /// The status answer's JSON for `id`.
    func statusJSON(_ id: String) async throws -> JSONValue { JSONAssert.parse(try await status(id).body) }

    /// `create-t2v.request.json` with `changes` applied (a `nil` value removes the key).
    static func body(_ changes: [String: JSONValue?] = [:]) -> JSONValue { body("create-t2v.request.json", changes) }

    /// A request fixture's body with `changes` applied (a `nil` value removes the key).
    static func body(_ fixture: String, _ changes: [String: JSONValue?]) -> JSONValue {
        guard var object = Fixtures.json("seedanceapi/\(fixture)").objectValue else { return .null }
        for (key, value) in changes { object[key] = value }
        return .object(object)
    }
}
