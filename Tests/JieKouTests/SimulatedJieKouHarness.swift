import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// A virtual clock for the simulator tests (test targets cannot share `SimulatorTests`' one): `advance(by:)` moves
/// time and wakes due sleepers.
final class VirtualTestClock: SeedanceClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Duration = .zero
    private var sleepers: [UUID: (deadline: Duration, continuation: CheckedContinuation<Void, any Error>)] = [:]

    var now: Duration { lock.withLock { current } }

    func sleep(until deadline: Duration) async throws {
        let id = UUID()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow: Bool = lock.withLock {
                    if deadline <= current || Task.isCancelled { return true }
                    sleepers[id] = (deadline, continuation)
                    return false
                }
                if resumeNow {
                    if Task.isCancelled { continuation.resume(throwing: CancellationError()) } else { continuation.resume() }
                }
            }
        } onCancel: {
            lock.withLock { sleepers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward by `duration` and wakes every sleeper now due.
    func advance(by duration: Duration) {
        let due: [CheckedContinuation<Void, any Error>] = lock.withLock {
            current += duration
            let ready = sleepers.filter { $0.value.deadline <= current }
            for key in ready.keys { sleepers.removeValue(forKey: key) }
            return ready.values.map(\.continuation)
        }
        for continuation in due { continuation.resume() }
    }
}

/// Raw access to a simulated JieKou host for the `Simulated*` and `EndToEnd*` tests.
enum SimulatedJieKouHarness {
    static let key = "sk-test-SENTINEL-1234"
    /// The simulator's calendar start: task times are this plus virtual time.
    static let startDate = Date(timeIntervalSince1970: 1_770_000_000)
    /// Every task takes 60 s: queued for the first 12 s (the default queued fraction 0.2), then running.
    static let completionTime = Duration.seconds(60)

    static func simulator(_ dialect: SimulatedJieKou = SimulatedJieKou(), clock: VirtualTestClock = VirtualTestClock(),
                          _ configure: (inout SimulatorConfiguration) -> Void = { _ in }) -> Simulator {
        var configuration = SimulatorConfiguration(completionTime: .fixed(completionTime), clock: clock, startDate: startDate)
        configure(&configuration)
        return Simulator(dialects: [dialect], configuration: configuration)
    }

    /// Sends `method target` to the simulator in process with a JSON body, the bearer `key` (none when `nil`) and
    /// `contentType`; returns the status, the parsed body (`.null` when not JSON) and the response.
    static func send(_ simulator: Simulator, _ method: HTTPMethod, _ target: String, body: JSONValue? = nil, rawBody: Data? = nil,
                     key: String? = key, contentType: String? = "application/json") async throws -> (status: Int, json: JSONValue, response: HTTPResponse) {
        var request = HTTPRequest(method: method, url: URL(string: simulator.baseURL(for: nil).absoluteString + target)!)
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
    static func shape(_ value: JSONValue) -> JSONValue {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .integer: "integer"
        case .double: "double"
        case .string: "string"
        case .array(let items): .array(items.map(shape))
        case .object(let members): .object(members.mapValues(shape))
        }
    }

    /// `object` with `changes` applied (`.null` removes a member unless `keepNull`).
    static func edited(_ object: JSONValue, _ changes: [String: JSONValue], keepNull: Bool = false) -> JSONValue {
        var members = object.objectValue ?? [:]
        for (key, value) in changes {
            members[key] = value == .null && !keepNull ? nil : value
        }
        return .object(members)
    }
}
