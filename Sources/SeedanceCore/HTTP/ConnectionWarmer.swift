import Foundation

/// Keeps API requests from waiting for their answer on a freshly opened connection.
///
/// On Linux, FoundationNetworking (swift-corelibs-foundation, `URLSession/libcurl/MultiHandle.swift`) watches each
/// socket with libdispatch sources created when libcurl asks for write readiness (while connecting) and for read
/// readiness (while waiting for the answer); it removes them only when libcurl unregisters the socket, never when
/// libcurl's interest narrows from write to read. On a new connection the write source therefore outlives the
/// connect, and since a connected socket is always writable it fires in a loop, calling
/// `curl_multi_socket_action` for nothing, until the response ends: about 0.8 of a core per session while any
/// request waits on a new connection. A connection reused from the keep-alive pool starts with read interest only
/// and costs nothing while it waits.
///
/// So before an API request goes out with no idle keep-alive connection believed open for its origin, a `HEAD /`
/// without credentials is sent first: it opens the connection (its own short wait is the only one on a fresh
/// connection) and leaves it idle in the pool, where the real request picks it up. Every request answered without
/// `Connection: close` counts as returning its connection to the pool for ``idleWindow``.
final class ConnectionWarmer: @unchecked Sendable {
    /// How long a connection returned to the pool is believed to stay open (servers close idle ones after 5-75 s).
    let idleWindow: Duration
    private let lock = NSLock()
    private var idle: [String: [ContinuousClock.Instant]] = [:]

    init(idleWindow: Duration = .seconds(20)) {
        self.idleWindow = idleWindow
    }

    /// The pool key of `url`: scheme, host and port.
    static func origin(of url: URL) -> String {
        "\(url.scheme?.lowercased() ?? "")://\(url.host?.lowercased() ?? ""):\(url.port.map(String.init) ?? "")"
    }

    /// Takes one idle connection of `origin` believed open; `false` when none is (a warm-up is due).
    func claim(_ origin: String) -> Bool {
        let now = ContinuousClock.now
        return lock.withLock {
            var times = idle[origin, default: []]
            times.removeAll { now - $0 > idleWindow }
            defer { idle[origin] = times.isEmpty ? nil : times }
            guard !times.isEmpty else { return false }
            times.removeLast()
            return true
        }
    }

    /// A request to `origin` was answered and its connection went back to the pool.
    func returned(_ origin: String) {
        let now = ContinuousClock.now
        lock.withLock { idle[origin, default: []].append(now) }
    }

    /// The `HEAD /` that opens a connection to `url`'s origin (never signed, never retried).
    static func warmUpRequest(for url: URL) -> SeedanceHTTPRequest? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        components.path = "/"
        components.query = nil
        components.fragment = nil
        guard let root = components.url else { return nil }
        return SeedanceHTTPRequest(
            method: SeedanceHTTPMethod(rawValue: "HEAD"), url: root, kind: .idempotent, requiresAuthorization: false, timeout: .seconds(10))
    }
}
