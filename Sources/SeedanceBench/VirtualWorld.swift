import Foundation
import SeedanceCore

/// Tasks for one measurement: arrival times and durations drawn from a seeded generator, so every strategy is
/// measured on exactly the same tasks.
struct Workload: Sendable {
    var spread: ClosedRange<Double>
    /// Seconds after the start of the run, ascending.
    var arrivals: [Double]
    /// Seconds from creation to completion.
    var durations: [Double]

    /// `count` tasks arriving uniformly over `window` seconds, durations uniform over `spread`.
    init(spread: ClosedRange<Double>, count: Int, window: Double = 3600, seed: UInt64 = 42) {
        var state = seed
        func next() -> Double {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        self.spread = spread
        arrivals = (0..<count).map { _ in next() * window }.sorted()
        durations = (0..<count).map { _ in spread.lowerBound + next() * (spread.upperBound - spread.lowerBound) }
    }
}

/// A dialect for the virtual world: create `POST /v1/tasks`, status `GET /v1/tasks/{id}`.
struct BenchDialect: Dialect {
    let provider: ProviderID = "bench"
    let baseURL = URL(string: "https://api.bench.test/v1")!
    let defaultModel: ModelID = "bench-model"
    let capabilities = Capabilities(models: [
        ModelCapabilities(
            id: "bench-model", displayName: "Bench", supportedFields: [.prompt, .duration], resolutions: [], aspectRatios: [], durations: .range(1...12))
    ])
    /// What the dialect tells the engine: nothing about the spread being measured, which it must learn.
    static let hints = PollingHints(expectedDuration: .seconds(90), firstPollDelay: .seconds(10), minimumInterval: .seconds(2), maximumInterval: .seconds(60))

    func validate(_ request: VideoRequest) throws {}

    func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest {
        .createJSON(baseURL.appendingPathComponent("tasks"), body: Data(#"{"prompt":"bench"}"#.utf8))
    }

    func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
        TaskID(rawValue: try JSONBody.decode(Task.self, from: response.body, provider: provider, what: "create response").id)
    }

    func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest {
        .getJSON(baseURL.appendingPathComponent("tasks").appendingPathComponent(id.rawValue))
    }

    func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
        guard response.isSuccess else { throw HTTPErrorMapping.error(for: response, provider: provider, taskID: id) }
        let task = try JSONBody.decode(Task.self, from: response.body, provider: provider, what: "task")
        let status: TaskStatus = task.status == "succeeded" ? .succeeded : .running
        return TaskSnapshot(id: id, status: status, rawStatus: task.status ?? "running", progress: task.progress)
    }

    func pollingHints(for request: VideoRequest?) -> PollingHints { Self.hints }

    private struct Task: Decodable {
        var id: String
        var status: String?
        var progress: Double?
    }
}

/// The server side on a virtual clock: the n-th created task completes `durations[n]` after creation; status
/// requests are counted per task and the first time a task is seen finished is recorded.
final class BenchWorld: HTTPTransport, @unchecked Sendable {
    private let clock: VirtualClock
    private let durations: [Double]
    private let reportsProgress: Bool
    private let lock = NSLock()
    private var created: [Duration] = []
    private var polls: [Int] = []
    private var detected: [Duration?] = []

    init(clock: VirtualClock, durations: [Double], reportsProgress: Bool) {
        self.clock = clock
        self.durations = durations
        self.reportsProgress = reportsProgress
    }

    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let now = clock.now
        let body: String = lock.withLock {
            guard request.method == .get, let index = Int(request.url.lastPathComponent.dropFirst(2)) else {
                created.append(now)
                polls.append(0)
                detected.append(nil)
                return #"{"id":"t-\#(created.count - 1)"}"#
            }
            polls[index] += 1
            let elapsed = (now - created[index]).timeInterval
            if elapsed >= durations[index] {
                if detected[index] == nil { detected[index] = now }
                return #"{"id":"t-\#(index)","status":"succeeded"}"#
            }
            guard reportsProgress else { return #"{"id":"t-\#(index)","status":"running"}"# }
            let noise = 1 + 0.1 * sin(Double(index) * 12.9898 + elapsed * 78.233)
            return #"{"id":"t-\#(index)","status":"running","progress":\#(min(0.99, max(0.01, elapsed / durations[index] * noise)))}"#
        }
        return SeedanceHTTPResponse(status: 200, body: Data(body.utf8), url: request.url)
    }

    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        throw HTTPTransportError(.other, message: "no downloads in the virtual world")
    }

    /// Status requests per task, and detection latency (seconds) per detected task.
    func results() -> (polls: [Int], latencies: [Double]) {
        lock.withLock {
            let latencies = detected.indices.compactMap { index in detected[index].map { ($0 - created[index]).timeInterval - durations[index] } }
            return (polls, latencies)
        }
    }
}
