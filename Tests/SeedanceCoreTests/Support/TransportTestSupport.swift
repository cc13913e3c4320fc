import Foundation
import SeedanceCore
import SeedanceSimulator

/// A thread-safe counter and high-water mark for handlers.
final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peakValue = 0
    private var total = 0

    /// Adds one; returns the new total count of calls.
    @discardableResult func enter() -> Int {
        lock.withLock {
            current += 1
            total += 1
            peakValue = max(peakValue, current)
            return total
        }
    }

    func leave() { lock.withLock { current -= 1 } }
    var peak: Int { lock.withLock { peakValue } }
    var count: Int { lock.withLock { total } }
}

/// Values collected from `@Sendable` callbacks.
final class Collector<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Value] = []
    func append(_ value: Value) { lock.withLock { stored.append(value) } }
    var all: [Value] { lock.withLock { stored } }
}

/// Seconds elapsed since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double { (ContinuousClock.now - start).timeInterval }

/// Waits (up to `timeout`) until `condition` holds; returns whether it did. Returns as soon as it holds, so the
/// generous default only matters when the machine is loaded by other suites running in parallel.
func eventually(timeout: Duration = .seconds(30), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// The transport error `body` throws, or `nil` when it throws something else or nothing.
func transportError(_ body: () async throws -> SeedanceHTTPResponse) async -> HTTPTransportError? {
    do {
        _ = try await body()
        return nil
    } catch let error as HTTPTransportError {
        return error
    } catch {
        return nil
    }
}

/// An executor over a real transport, signing for `server`'s `127.0.0.1` origin.
func loopbackExecutor(
    _ transport: URLSessionTransport, server: LoopbackHTTPServer,
    policy: RetryPolicy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)),
    key: String = "sk-test-SENTINEL-1234"
) -> RequestExecutor {
    RequestExecutor(
        transport: transport, policy: policy, clock: SystemClock(), apiKey: APIKey(key), apiBase: server.baseURL, provider: "loopback",
        logger: nil)
}

/// The server's port, for handlers written before the server exists.
final class PortHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var port: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
