import Foundation
import SeedanceCore
import SeedanceTestSupport

/// A `RequestExecutor` over a `ScriptedTransport` and a `RecordingClock`, with a sentinel key and a logger that keeps
/// every event, for the retry tests.
struct RetryHarness {
    static let sentinel = "sk-test-SENTINEL-1234"
    static let apiBase = URL(string: "https://api.example.com/v1")!
    static let createURL = URL(string: "https://api.example.com/v1/tasks")!
    static let statusURL = URL(string: "https://api.example.com/v1/tasks/abc")!

    let transport: ScriptedTransport
    let clock = RecordingClock()
    let events = EventLog()
    let executor: RequestExecutor

    init(_ steps: [ScriptedTransport.Handler], policy: RetryPolicy = RetryPolicy.default.with(random: .constant(0))) {
        transport = ScriptedTransport(steps)
        let events = self.events
        executor = RequestExecutor(
            transport: transport, policy: policy, clock: clock, apiKey: APIKey(Self.sentinel), apiBase: Self.apiBase,
            provider: "scripted", logger: { events.append($0) })
    }

    static func create() -> SeedanceHTTPRequest { .createJSON(createURL, body: Data(#"{"prompt":"a cat"}"#.utf8)) }
    static func status() -> SeedanceHTTPRequest { .getJSON(statusURL) }
}

/// Log events collected from a `@Sendable` logger.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [SeedanceLogEvent] = []
    func append(_ event: SeedanceLogEvent) { lock.withLock { stored.append(event) } }
    var all: [SeedanceLogEvent] { lock.withLock { stored } }
}

extension RetryPolicy {
    /// This policy with another jitter source.
    func with(random: RandomSource) -> RetryPolicy {
        var copy = self
        copy.random = random
        return copy
    }
}

/// Every textual rendering of `value` a log or crash report could show.
func renderings(_ value: Any) -> [String] {
    var dumped = ""
    dump(value, to: &dumped)
    return [String(describing: value), String(reflecting: value), dumped]
}
