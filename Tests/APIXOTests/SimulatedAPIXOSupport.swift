import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport

/// Raw HTTP against a ``SimulatedAPIXO`` (no adapter): bodies and answers as JSON, for shape and rule tests.
struct RawAPIXO {
    static let model = SimulatedAPIXO.seedance15Pro
    /// 2024-01-01T00:00:00Z, the `createTime` of the documented examples (1704067200000 ms).
    static let startDate = Date(timeIntervalSince1970: 1_704_067_200)

    let simulator: Simulator
    let clock: VirtualClock

    /// A simulator whose tasks take `completion` (queued for the first 20%), starting at ``startDate``.
    init(
        completion: Duration = .milliseconds(12_500), dialect: SimulatedAPIXO = SimulatedAPIXO(),
        configure: (inout SimulatorConfiguration) -> Void = { _ in }
    ) {
        let clock = VirtualClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(completion), clock: clock, startDate: Self.startDate)
        configure(&configuration)
        self.clock = clock
        simulator = Simulator(dialects: [dialect], configuration: configuration)
    }

    /// `POST /api/v1/generateTask/{model}` with `body` (JSON, or raw bytes when `raw` is given).
    func create(_ body: JSONValue, model: String = Self.model, key: String? = EndToEndHarness.apiKey, raw: Data? = nil) async throws -> SeedanceHTTPResponse {
        let url = simulator.baseURL(for: "apixo").appendingPathComponent("api/v1/generateTask/\(model)")
        var request = SeedanceHTTPRequest.createJSON(url, body: raw ?? SimulatedResponse.encode(body))
        if let key { request.headers["Authorization"] = "Bearer \(key)" }
        return try await simulator.transport.send(request)
    }

    /// The `data.taskId` of a successful create of `body`.
    func createID(_ body: JSONValue) async throws -> String {
        let response = try await create(body)
        guard response.status == 200, let id = JSONAssert.parse(response.body)["data"]?["taskId"]?.stringValue else {
            throw RawFailure(response: response)
        }
        return id
    }

    /// `GET /api/v1/statusTask/{model}?taskId=<id>` (no `taskId` query when `id` is `nil`).
    func status(_ id: String?, model: String = Self.model) async throws -> SeedanceHTTPResponse {
        var text = simulator.baseURL(for: "apixo").absoluteString + "/api/v1/statusTask/\(model)"
        if let id { text += "?taskId=\(id)" }
        var request = SeedanceHTTPRequest.getJSON(URL(string: text)!)
        request.headers["Authorization"] = "Bearer \(EndToEndHarness.apiKey)"
        return try await simulator.transport.send(request)
    }

    /// The status answer's JSON for `id`.
    func statusJSON(_ id: String) async throws -> JSONValue { JSONAssert.parse(try await status(id).body) }

    /// A request fixture's body with `change` applied to its `input` object (a `nil` value removes the key).
    static func body(_ fixture: String = "create-t2v.request.json", top: [String: JSONValue?] = [:], input: [String: JSONValue?] = [:]) -> JSONValue {
        guard var object = Fixtures.json("apixo/\(fixture)").objectValue, var fields = object["input"]?.objectValue else { return .null }
        for (key, value) in input { fields[key] = value }
        object["input"] = .object(fields)
        for (key, value) in top { object[key] = value }
        return .object(object)
    }
}
