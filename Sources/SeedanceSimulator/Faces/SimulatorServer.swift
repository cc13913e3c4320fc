import Foundation
import SeedanceCore

/// The loopback face: a ``Simulator`` served over HTTP/1.1 on `127.0.0.1` with an ephemeral port (keep-alive,
/// `TCP_NODELAY`, a thread per connection), for tests of real HTTP clients, benchmarks and the CLI's `simulate`.
///
/// ```swift
/// let server = try await simulator.startServer()
/// defer { server.stop() }
/// let base = server.baseURL(for: "sparkdance")   // http://127.0.0.1:<port>/…
/// ```
///
/// The same server answers as `localhost`: result links point there by default (see
/// ``MediaConfiguration/baseURL``), so the API host and the result host differ and ``SimulatorCounters/hosts`` shows
/// whether `Authorization` reached the result host.
///
/// Faults over the wire: ``FaultKind/resetBeforeRead`` and ``FaultKind/resetAfterCommit`` both reset the
/// connection after the request was read (a TCP server cannot refuse a request it has accepted; a client sees a
/// lost connection in both cases, but only the second one created a task); ``FaultKind/resetMidBody`` sends half the
/// body then closes; ``FaultKind/slowAnswer(delay:)`` waits in real time (whatever the simulator's clock).
public final class SimulatorServer: Sendable {
    /// The simulator it serves.
    public let simulator: Simulator
    private let server: LoopbackHTTPServer

    init(simulator: Simulator) throws {
        self.simulator = simulator
        let port = PortBox()
        server = try LoopbackHTTPServer { request in
            let answer = await simulator.handle(SimulatorServer.simulatedRequest(request, port: port.value))
            return SimulatorServer.serverResponse(answer)
        }
        port.value = server.port
    }

    deinit { server.stop() }

    /// The port on `127.0.0.1`.
    public var port: Int { server.port }

    /// Closes keep-alive connections idle for longer than this when they are reused, as a provider's load balancer
    /// does; `nil` keeps them open.
    public var idleConnectionLimit: Duration? {
        get { server.idleConnectionLimit }
        set { server.idleConnectionLimit = newValue }
    }

    /// How many connections were closed because of ``idleConnectionLimit``.
    public var idleClosedConnectionCount: Int { server.idleClosedConnectionCount }

    /// `http://127.0.0.1:<port>`: the origin. A dialect's client base URL is ``baseURL(for:)``.
    public var baseURL: URL { server.baseURL }

    /// `http://localhost:<port>`: the same server under a second host name (where result links point).
    public var alternateHostURL: URL { server.url(host: "localhost") }

    /// The base URL of dialect `name` (the origin plus its base path); without a name, the first dialect's.
    public func baseURL(for name: String?) -> URL { simulator.baseURL(for: name, origin: server.baseURL) }

    /// Connections open now (keep-alive connections stay open between requests).
    public var openConnectionCount: Int { server.openConnectionCount }

    /// Connections accepted so far.
    public var connectionCount: Int { server.connectionCount }

    /// Stops accepting and closes every connection. Idempotent. Pending callbacks of the simulator continue.
    public func stop() { server.stop() }

    static func simulatedRequest(_ request: ServerRequest, port: Int) -> SimulatedRequest {
        let host = request.host.isEmpty ? "127.0.0.1:\(port)" : request.host
        let origin = URL(string: "http://\(host)") ?? URL(string: "http://127.0.0.1:\(port)")!
        var target = request.rawTarget
        if !target.hasPrefix("/"), let url = URL(string: target), let components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            target = components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        }
        return SimulatedRequest(method: request.method, target: target, headers: request.headers, body: request.body, origin: origin)
    }

    static func serverResponse(_ answer: SimulatedResponse) -> ServerResponse {
        let body: ServerBody =
            switch answer.body {
            case .data(let data): .data(data)
            case .generated(let count): .generated(byteCount: count)
            }
        let behavior: ServerBehavior =
            switch answer.delivery {
            case .normal: .normal
            case .refuseConnection, .resetConnection: .resetAfterReadingRequest
            case .delay(let delay): .delay(delay)
            case .cutBody(let afterBytes): .truncateBody(afterBytes: afterBytes)
            }
        var headers = answer.headers
        headers["Content-Length"] = nil
        return ServerResponse(status: answer.status == 0 ? 500 : answer.status, headers: headers, body: body, behavior: behavior)
    }
}

extension Simulator {
    /// Starts serving this simulator on `127.0.0.1` with an ephemeral port. Stop it with ``SimulatorServer/stop()``
    /// (or release it).
    ///
    /// - Throws: an error describing the failed system call when the socket cannot be created, bound or listened on.
    public func startServer() async throws -> SimulatorServer { try SimulatorServer(simulator: self) }
}

/// The port, known only once the server is bound (the handler is created before).
private final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port = 0
    var value: Int {
        get { lock.withLock { port } }
        set { lock.withLock { port = newValue } }
    }
}
