import Foundation
import SeedanceCore

/// A small HTTP/1.1 server on `127.0.0.1` with an ephemeral port, for tests and benchmarks of real HTTP clients.
///
/// It accepts at once on creation. Each connection is served on its own thread with keep-alive and `TCP_NODELAY`;
/// every request is passed to the async `handler`, whose ``ServerResponse`` may inject faults (delays, dripped or
/// truncated bodies, resets). It listens on loopback only and never contacts anything.
///
/// A `HEAD /` (the connection warm-up of ``URLSessionTransport``) is answered `200` by the server itself, like any web
/// server's root, and counted in ``warmUpCount`` rather than ``requestCount``, unless `passesWarmUps` is set.
///
/// ```swift
/// let server = try LoopbackHTTPServer { request in .json(200, #"{"ok":true}"#) }
/// defer { server.stop() }
/// // send requests to server.baseURL
/// ```
package final class LoopbackHTTPServer: Sendable {
    private let core: ServerCore
    /// The port the server listens on (on `127.0.0.1`).
    package let port: Int

    /// Binds `127.0.0.1:0` and starts accepting.
    ///
    /// - Parameters:
    ///   - maxRequestBodyBytes: larger request bodies are answered 413 and the connection closed.
    ///   - recordedHeadersPerHost: how many requests' headers ``headersSeen(forHost:)`` keeps per host (counters are
    ///     kept for all).
    ///   - passesWarmUps: hand `HEAD /` to `handler` too, instead of answering it `200` without it.
    ///   - handler: answers each request; called concurrently for different connections.
    /// - Throws: ``LoopbackServerError`` when the socket cannot be created or bound.
    package init(
        maxRequestBodyBytes: Int = 256 << 20, recordedHeadersPerHost: Int = 1_000, passesWarmUps: Bool = false,
        handler: @escaping @Sendable (ServerRequest) async -> ServerResponse
    ) throws {
        let (descriptor, port) = try Socket.listenOnLoopback()
        self.port = port
        core = ServerCore(
            listener: descriptor, maxRequestBodyBytes: maxRequestBodyBytes, recordedHeadersPerHost: recordedHeadersPerHost,
            passesWarmUps: passesWarmUps, handler: handler)
        core.start()
    }

    deinit { core.stop() }

    /// `http://127.0.0.1:<port>`.
    package var baseURL: URL { url(host: "127.0.0.1") }

    /// `http://<host>:<port><path>`: use `localhost` for a second host name that reaches the same server.
    package func url(host: String = "127.0.0.1", path: String = "") -> URL {
        URL(string: "http://\(host):\(port)\(path)")!
    }

    /// Decides, for each new connection (by its id, from 1), whether to reset it before reading anything. Settable
    /// at any time; the default resets nothing.
    package var resetBeforeReading: @Sendable (Int) -> Bool {
        get { core.resetBeforeReading }
        set { core.resetBeforeReading = newValue }
    }

    /// Emulates a server that closes idle keep-alive connections: a request arriving on a connection that has been
    /// idle (since its last answer) for longer than this is not read and the connection is closed, as when the server's
    /// close crosses the client's reuse of the connection. `nil` (the default) keeps connections open.
    package var idleConnectionLimit: Duration? {
        get { core.idleConnectionLimit }
        set { core.idleConnectionLimit = newValue }
    }

    /// How many connections were closed because of ``idleConnectionLimit`` (each with a request left unread).
    package var idleClosedConnectionCount: Int { core.idleClosedConnections }

    /// Stops accepting and closes every open connection. Idempotent; returns without waiting for handlers still
    /// running (their answers are dropped).
    package func stop() { core.stop() }

    /// Requests read so far (including those answered with a fault), warm-ups answered by the server excepted.
    package var requestCount: Int { core.statistics.requestCount }

    /// Connection warm-ups (`HEAD /`) the server answered itself.
    package var warmUpCount: Int { core.statistics.warmUpCount }

    /// Connections accepted so far.
    package var connectionCount: Int { core.statistics.connectionCount }

    /// Connections open now.
    package var openConnectionCount: Int { core.lifecycle.openConnections }

    /// The `Host` header values seen (lower-cased, with their ports), sorted.
    package var hostsSeen: [String] { core.statistics.hostNames }

    /// The headers of requests to `host` (`localhost:8080`, or `localhost` for any port), up to the recording limit.
    package func headersSeen(forHost host: String) -> [SeedanceHTTPHeaders] { core.statistics.headers(forHost: host) }

    /// How many requests arrived for `host` (any port when none is given).
    package func requestCount(forHost host: String) -> Int { core.statistics.requestCount(forHost: host) }

    /// How many requests for `host` carried an `Authorization` header (counted for every request, without limit).
    package func authorizationHeaderCount(forHost host: String) -> Int { core.statistics.authorizationCount(forHost: host) }
}
