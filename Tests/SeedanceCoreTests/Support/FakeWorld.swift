import Foundation
import SeedanceCore

/// The server side of ``FakeDialect`` on a ``VirtualClock``: each created task follows a ``Script`` (complete
/// after a duration, or an explicit status timeline), every request is recorded with its virtual time, and a
/// fault hook can answer any request instead (429, 503, transport errors …). Answers at once, never sleeps.
final class FakeWorld: HTTPTransport, @unchecked Sendable {
    /// How one task behaves.
    struct Script: Sendable {
        /// Time from creation to the terminal status.
        var duration: Duration
        /// The terminal status (`succeeded`, `failed`, `expired`, `cancelled`, or anything else).
        var outcome = "succeeded"
        /// An explicit timeline (elapsed time → status) replacing `duration`/`outcome`; `queued` before the first.
        var timeline: [(after: Duration, status: String)]?
        /// Report `progress` while running (linear, ±10% deterministic noise).
        var reportsProgress = false
    }

    /// An answer the fault hook substitutes for the normal one.
    enum Fault: Sendable {
        case respond(Int, headers: SeedanceHTTPHeaders)
        /// Answers with this status and body.
        case respondBody(Int, String)
        case fail(HTTPTransportError.Kind)
    }

    /// One request as received.
    struct Entry: Sendable {
        var time: Duration
        var method: String
        var path: String
        var taskID: String?
        var headers: SeedanceHTTPHeaders
    }

    let clock: any SeedanceClock
    private let lock = NSLock()
    private let scriptForTask: @Sendable (Int) -> Script
    private var fault: (@Sendable (SeedanceHTTPRequest, Duration) -> Fault?)?
    private var tasks: [String: (createdAt: Duration, script: Script, cancelledAt: Duration?)] = [:]
    private var order: [String] = []
    private var entries: [Entry] = []
    private var statusCounts: [String: Int] = [:]
    private var detections: [String: Duration] = [:]

    /// A world whose n-th created task (0-based) follows `script(n)`.
    init(clock: any SeedanceClock, script: @escaping @Sendable (Int) -> Script = { _ in Script(duration: .seconds(60)) }) {
        self.clock = clock
        scriptForTask = script
    }

    /// Replaces normal answers with `fault`'s whenever it returns one.
    func setFault(_ fault: (@Sendable (SeedanceHTTPRequest, Duration) -> Fault?)?) { lock.withLock { self.fault = fault } }

    /// Adds a task the client did not create (for waits by id).
    func addTask(_ id: String, script: Script) {
        let now = clock.now
        lock.withLock {
            tasks[id] = (now, script, nil)
            order.append(id)
        }
    }

    var requests: [Entry] { lock.withLock { entries } }
    var createdIDs: [String] { lock.withLock { order } }
    /// Status requests received for `id` (answered or faulted).
    func statusRequests(for id: String) -> Int { lock.withLock { statusCounts[id] ?? 0 } }
    var totalStatusRequests: Int { lock.withLock { statusCounts.values.reduce(0, +) } }
    /// When a terminal status was first served for `id`.
    func detectedAt(_ id: String) -> Duration? { lock.withLock { detections[id] } }
    /// When `id` reaches its terminal status (creation + duration).
    func completesAt(_ id: String) -> Duration? { lock.withLock { tasks[id].map { $0.createdAt + $0.script.duration } } }
    func createdAt(_ id: String) -> Duration? { lock.withLock { tasks[id]?.createdAt } }

    func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let now = clock.now
        let segments = request.url.path.split(separator: "/").map(String.init)
        let taskID = segments.count >= 3 ? segments[2].removingPercentEncoding : nil
        let fault: Fault? = lock.withLock {
            entries.append(Entry(time: now, method: request.method.rawValue, path: request.url.path, taskID: taskID, headers: request.headers))
            if request.method == .get, let taskID, segments.count == 3 { statusCounts[taskID, default: 0] += 1 }
            return self.fault?(request, now)
        }
        switch fault {
        case .respond(let status, let headers)?:
            return SeedanceHTTPResponse(status: status, headers: headers, body: Data(#"{"error":"fault"}"#.utf8), url: request.url)
        case .respondBody(let status, let body)?: return SeedanceHTTPResponse(status: status, body: Data(body.utf8), url: request.url)
        case .fail(let kind)?: throw HTTPTransportError(kind, message: "injected \(kind)")
        case nil: break
        }
        let json: String?
        switch (request.method, segments.count) {
        case (.post, 2): json = create(now)
        case (.get, 3): json = status(taskID ?? "", now)
        case (.post, 4): json = cancel(taskID ?? "", now)
        case (.get, 2): json = list(request.url)
        default: return SeedanceHTTPResponse(status: 404, body: Data(#"{"error":"no route"}"#.utf8), url: request.url)
        }
        guard let json else { return SeedanceHTTPResponse(status: 404, body: Data(#"{"error":"no such task"}"#.utf8), url: request.url) }
        return SeedanceHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(json.utf8), url: request.url)
    }

    func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws -> SeedanceHTTPResponse {
        throw HTTPTransportError(.other, message: "FakeWorld does not serve downloads")
    }

    private func create(_ now: Duration) -> String {
        lock.withLock {
            let id = "task-\(order.count)"
            tasks[id] = (now, scriptForTask(order.count), nil)
            order.append(id)
            return #"{"id":"\#(id)"}"#
        }
    }

    private func status(_ id: String, _ now: Duration) -> String? {
        lock.withLock {
            guard let task = tasks[id] else { return nil }
            let elapsed = now - task.createdAt
            var status: String
            var extra = ""
            if let timeline = task.script.timeline {
                status = timeline.last { $0.after <= elapsed }?.status ?? "queued"
            } else if elapsed >= task.script.duration {
                status = task.script.outcome
            } else {
                status = "running"
                if task.script.reportsProgress {
                    let exact = elapsed.timeInterval / task.script.duration.timeInterval
                    let noise = 1 + 0.1 * PollNoise.unit(id, now.timeInterval)
                    extra += #","progress":\#(min(0.99, max(0.01, exact * noise)))"#
                }
            }
            if let cancelledAt = task.cancelledAt, cancelledAt <= now, cancelledAt < task.createdAt + task.script.duration { status = "cancelled" }
            if status == "succeeded" { extra += #","video_url":"https://cdn.fake.test/\#(id).mp4""# }
            if status == "failed" { extra += #","error":"the model could not render this prompt""# }
            if ["succeeded", "failed", "expired", "cancelled"].contains(status), detections[id] == nil { detections[id] = now }
            return #"{"id":"\#(id)","status":"\#(status)""# + extra + "}"
        }
    }

    private func cancel(_ id: String, _ now: Duration) -> String? {
        lock.withLock {
            guard tasks[id] != nil else { return nil }
            tasks[id]!.cancelledAt = now
            return #"{"id":"\#(id)","status":"cancelled"}"#
        }
    }

    private func list(_ url: URL) -> String {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let page = Int(items.first { $0.name == "page" }?.value ?? "1") ?? 1
        let size = Int(items.first { $0.name == "page_size" }?.value ?? "20") ?? 20
        let ids = lock.withLock { order }
        let slice = ids.dropFirst((page - 1) * size).prefix(size)
        let objects = slice.map { #"{"id":"\#($0)","status":"running"}"# }.joined(separator: ",")
        return #"{"total":\#(ids.count),"items":[\#(objects)]}"#
    }
}

/// Deterministic noise in -1…1 from a task id and a time.
enum PollNoise {
    static func unit(_ id: String, _ time: Double) -> Double {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        hash = (hash ^ UInt64(bitPattern: Int64(time * 1000))) &* 0x9e37_79b9_7f4a_7c15
        hash ^= hash >> 29
        return Double(hash >> 11) / Double(1 << 53) * 2 - 1
    }
}
