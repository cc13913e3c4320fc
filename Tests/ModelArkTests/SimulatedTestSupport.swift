import Foundation
import ModelArk
import SeedanceCore
import SeedanceSimulator
import SimulatorTestSupport
import SeedanceTestSupport

/// The shared manual virtual clock (`advance(by:)` wakes due sleepers).
typealias SimulatedTestClock = VirtualClock

/// The ModelArk adapter wired to a simulated Ark server: requests are built and read by the adapter, signed here
/// with a fake key, and sent in process (or over loopback with `URLSessionTransport`).
struct ModelArkRig {
    static let key = "sk-test-SENTINEL-1234"
    static let startDate = Date(timeIntervalSince1970: 1_743_414_619)

    let simulator: Simulator
    let clock: SimulatedTestClock
    var transport: any HTTPTransport
    var base: URL

    /// A simulator (tasks take 100 s, the first 20 s queued) with the Ark server as its only dialect.
    init(configure: (inout SimulatorConfiguration) -> Void = { _ in }) {
        let clock = SimulatedTestClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(.seconds(100)), clock: clock, startDate: Self.startDate)
        configure(&configuration)
        self.clock = clock
        simulator = Simulator(dialects: [SimulatedModelArk()], configuration: configuration)
        transport = simulator.transport
        base = simulator.baseURL(for: "modelark")
    }

    /// The same rig talking to `server` (a loopback face of its simulator) with a real `URLSessionTransport`.
    func overLoopback(_ server: SimulatorServer) -> ModelArkRig {
        var copy = self
        copy.transport = URLSessionTransport()
        copy.base = server.baseURL(for: "modelark")
        return copy
    }

    var dialect: ModelArk { ModelArk.byteplus(baseURL: base) }

    func send(_ request: SeedanceHTTPRequest, key: String? = ModelArkRig.key) async throws -> SeedanceHTTPResponse {
        var signed = request
        if let key, request.requiresAuthorization { signed.headers["Authorization"] = "Bearer \(key)" }
        return try await transport.send(signed)
    }

    /// Validates, builds, sends and reads a create.
    func create(_ request: VideoRequest) async throws -> TaskID {
        try dialect.validate(request)
        return try dialect.parseCreateResponse(try await send(try dialect.makeCreateRequest(request)))
    }

    func status(_ id: TaskID) async throws -> TaskSnapshot {
        try dialect.parseStatusResponse(try await send(try dialect.makeStatusRequest(for: id)), for: id)
    }

    func cancel(_ id: TaskID) async throws {
        try dialect.parseCancelResponse(try await send(try dialect.makeCancelRequest(for: id)), for: id)
    }

    func delete(_ id: TaskID) async throws {
        try dialect.parseCancelResponse(try await send(try dialect.makeDeleteRequest(for: id)), for: id)
    }

    func list(_ query: TaskListQuery) async throws -> TaskListPage {
        try dialect.parseListResponse(try await send(try dialect.makeListRequest(query)))
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

    /// A raw JSON exchange with the simulated server (`path` relative to the base URL, query included).
    func raw(_ method: SeedanceHTTPMethod, _ path: String, body: JSONValue? = nil, key: String? = ModelArkRig.key) async throws -> (status: Int, json: JSONValue, response: SeedanceHTTPResponse) {
        var request = SeedanceHTTPRequest(method: method, url: URL(string: base.absoluteString + path)!)
        if let body {
            request.body = SimulatedResponse.encode(body)
            request.headers["Content-Type"] = "application/json"
            request.kind = .create
        }
        let response = try await send(request, key: key)
        return (response.status, JSONAssert.parse(response.body), response)
    }

    /// Creates a task from a raw body and returns its id.
    func rawCreate(_ body: JSONValue) async throws -> String {
        let answer = try await raw(.post, "/contents/generations/tasks", body: body)
        guard let id = answer.json["id"]?.stringValue else { throw RigError.refused(answer.json) }
        return id
    }
}

enum RigError: Error {
    case neverFinished(TaskID)
    case refused(JSONValue)
}

/// Compares the structure of two JSON documents: the same object keys at every level and the same JSON kinds
/// (any number matches any number), arrays element by element. Values are not compared (ids, times, URLs differ).
/// With `allowingExtraKeys`, keys the expected document lacks are accepted (for fixtures that show a subset).
enum JSONShape {
    /// Every difference, as `path: reason` lines (empty when the shapes match).
    static func differences(_ actual: JSONValue, _ expected: JSONValue, allowingExtraKeys: Bool = false, path: String = "$") -> [String] {
        switch (actual, expected) {
        case (.object(let got), .object(let want)):
            var found: [String] = []
            for key in Set(got.keys).union(want.keys).sorted() {
                switch (got[key], want[key]) {
                case (nil, _?): found.append("\(path).\(key): missing")
                case (_?, nil): if !allowingExtraKeys { found.append("\(path).\(key): unexpected") }
                case (let left?, let right?): found += differences(left, right, allowingExtraKeys: allowingExtraKeys, path: "\(path).\(key)")
                default: break
                }
            }
            return found
        case (.array(let got), .array(let want)):
            guard got.count == want.count else { return ["\(path): \(got.count) elements, expected \(want.count)"] }
            return zip(got, want).enumerated().flatMap {
                differences($0.element.0, $0.element.1, allowingExtraKeys: allowingExtraKeys, path: "\(path)[\($0.offset)]")
            }
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

/// Minimal image headers: enough bytes for format detection and dimensions.
enum SimulatedTestImages {
    /// A PNG signature and IHDR chunk declaring `width` × `height`.
    static func png(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        bytes += [8, 2, 0, 0, 0, 0, 0, 0, 0]
        return Data(bytes)
    }

    /// A header-only HEIC declaring 1920×1080 (`Fixtures/images`).
    static let heic = Fixtures.data("images/heic-synthetic-1920x1080.heic")
}
