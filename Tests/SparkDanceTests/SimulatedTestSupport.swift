import Foundation
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance

/// The shared manual virtual clock (`advance(by:)` wakes due sleepers).
typealias SimulatedTestClock = ManualClock

/// The SparkDance adapter wired to a simulated spark_dance server: requests are built and read by the adapter,
/// signed here with a fake key, and sent in process (or over loopback with `URLSessionTransport`).
struct SparkDanceRig {
    static let key = "sk-test-SENTINEL-1234"
    static let startDate = Date(timeIntervalSince1970: 1_775_831_525)

    let simulator: Simulator
    let clock: SimulatedTestClock
    var transport: any HTTPTransport
    var base: URL

    /// A simulator (tasks take 100 s, 20 % of it queued) with `server` as its only dialect.
    init(_ server: SimulatedSparkDance = SimulatedSparkDance(), configure: (inout SimulatorConfiguration) -> Void = { _ in }) {
        let clock = SimulatedTestClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(.seconds(100)), clock: clock, startDate: Self.startDate)
        configure(&configuration)
        self.clock = clock
        simulator = Simulator(dialects: [server], configuration: configuration)
        transport = simulator.transport
        base = simulator.baseURL(for: "sparkdance")
    }

    /// The same rig talking to `server` (a loopback face of its simulator) with a real `URLSessionTransport`.
    func overLoopback(_ server: SimulatorServer) -> SparkDanceRig {
        var copy = self
        copy.transport = URLSessionTransport()
        copy.base = server.baseURL(for: "sparkdance")
        return copy
    }

    func dialect(_ model: ModelID = .vtrixSeedance1_5Pro) -> SparkDance { SparkDance(model: model, baseURL: base) }

    func send(_ request: SeedanceHTTPRequest, key: String? = SparkDanceRig.key) async throws -> SeedanceHTTPResponse {
        var signed = request
        if let key, request.requiresAuthorization { signed.headers["Authorization"] = "Bearer \(key)" }
        return try await transport.send(signed)
    }

    /// Validates, builds, sends and reads a create.
    func create(_ request: VideoRequest, model: ModelID = .vtrixSeedance1_5Pro) async throws -> TaskID {
        let dialect = dialect(model)
        try dialect.validate(request)
        return try dialect.parseCreateResponse(try await send(try dialect.makeCreateRequest(request)))
    }

    func status(_ id: TaskID) async throws -> TaskSnapshot {
        let dialect = dialect()
        return try dialect.parseStatusResponse(try await send(try dialect.makeStatusRequest(for: id)), for: id)
    }

    /// Polls every `step` of virtual time until the task is terminal (at most 100 polls).
    func waitUntilTerminal(_ id: TaskID, step: Duration = .seconds(10)) async throws -> TaskSnapshot {
        for _ in 0..<100 {
            let snapshot = try await status(id)
            if snapshot.status.isTerminal { return snapshot }
            clock.advance(by: step)
        }
        throw RigError.neverFinished(id)
    }

    /// A raw JSON exchange with the simulated server (path relative to the base URL).
    func raw(_ method: SeedanceHTTPMethod, _ path: String, body: JSONValue? = nil, key: String? = SparkDanceRig.key) async throws -> (status: Int, json: JSONValue) {
        var request = SeedanceHTTPRequest(method: method, url: URL(string: base.absoluteString + path)!)
        if let body {
            request.body = SimulatedResponse.encode(body)
            request.headers["Content-Type"] = "application/json"
            request.kind = .create
        }
        let response = try await send(request, key: key)
        return (response.status, JSONAssert.parse(response.body))
    }

    /// The create body of `model` with `params` inside `input[0].params`.
    static func body(_ params: [String: JSONValue], model: String = "spark_dance_v1_5_pro") -> JSONValue {
        ["model": .string(model), "input": [["params": .object(params)]]]
    }
}

enum RigError: Error {
    case neverFinished(TaskID)
}

/// Compares the structure of two JSON documents: the same object keys at every level and the same JSON kinds
/// (any number matches any number), arrays element by element. Values are not compared (ids, times, URLs differ).
enum JSONShape {
    /// Every difference, as `path: reason` lines (empty when the shapes match).
    static func differences(_ actual: JSONValue, _ expected: JSONValue, path: String = "$") -> [String] {
        switch (actual, expected) {
        case (.object(let got), .object(let want)):
            var found: [String] = []
            for key in Set(got.keys).union(want.keys).sorted() {
                switch (got[key], want[key]) {
                case (nil, _?): found.append("\(path).\(key): missing")
                case (_?, nil): found.append("\(path).\(key): unexpected")
                case (let left?, let right?): found += differences(left, right, path: "\(path).\(key)")
                default: break
                }
            }
            return found
        case (.array(let got), .array(let want)):
            guard got.count == want.count else { return ["\(path): \(got.count) elements, expected \(want.count)"] }
            return zip(got, want).enumerated().flatMap { differences($0.element.0, $0.element.1, path: "\(path)[\($0.offset)]") }
        default:
            return kind(actual) == kind(expected) ? [] : ["\(path): \(kind(actual)), expected \(kind(expected))"]
        }
    }

    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .integer, .double: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
