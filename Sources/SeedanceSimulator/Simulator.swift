import Foundation
import SeedanceCore

/// Plays the providers' part for one or more ``SimulatedDialect``s: a world of tasks, result files, faults,
/// callbacks and counters behind one pure function, ``handle(_:)``, reached in process through ``transport`` or over
/// loopback through a ``SimulatorServer``.
///
/// ```swift
/// let simulator = Simulator(dialects: [MyDialect()], configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(2))))
/// let transport = simulator.transport                       // an HTTPTransport, no sockets
/// let base = simulator.baseURL(for: "mydialect")            // point the client at it
/// // … run the client …
/// #expect(simulator.counters.createsCommitted == 1)
/// ```
///
/// Thread-safe; all task state lives in the ``world`` actor. Callbacks still pending when the simulator is released
/// are cancelled (see ``stop()``).
public final class Simulator: Sendable {
    /// The configuration it was made with.
    public let configuration: SimulatorConfiguration
    /// The dialects it serves, in routing order.
    public let dialects: [any SimulatedDialect]
    /// The task world (for tests that inspect or prepare tasks directly).
    public let world: TaskWorld
    /// The reference files clients uploaded (`POST /media/uploads`) and the samples (see `MediaRoutes`).
    package let hostedMedia = HostedMedia()
    private let counterStore = CounterStore()
    private let faults: FaultInjector
    private let callbacks: CallbackDispatcher
    private let routingOrder: [any SimulatedDialect]
    private let requestSequence = RequestSequence()

    /// The origin the in-process face answers as by default (never contacted: ``SimulatorTransport`` answers in
    /// process; it is a loopback address so clients that refuse non-`https` remote hosts accept it).
    public static let inProcessOrigin = URL(string: "http://127.0.0.1:8078")!

    /// A simulator serving `dialects` (names must be unique; the first match routes a request).
    public init(dialects: [any SimulatedDialect], configuration: SimulatorConfiguration = SimulatorConfiguration()) {
        self.configuration = configuration
        self.dialects = dialects
        self.world = TaskWorld(configuration: configuration, counters: counterStore)
        self.faults = FaultInjector(plan: configuration.faults, seed: configuration.randomSeed)
        self.callbacks = CallbackDispatcher(configuration: configuration.callbacks, world: world, counters: counterStore)
        self.routingOrder = [MediaRoutes(video: configuration.media.video, hosted: hostedMedia)] + dialects
    }

    deinit { callbacks.stop() }

    /// A snapshot of the counters.
    public var counters: SimulatorCounters { counterStore.snapshot }

    /// Clears the counters (tasks are kept).
    public func resetCounters() { counterStore.reset() }

    /// Injects `kind` into the next request whose route kind is in `routes` (`nil`: the next request), before and
    /// regardless of the ``FaultPlan``. Calls queue up in order.
    public func injectNext(_ kind: FaultKind, on routes: Set<RouteKind>? = nil) {
        faults.injectNext(kind, routes: routes)
    }

    /// The in-process face: an `HTTPTransport` that hands each request to ``handle(_:)`` without sockets.
    public var transport: SimulatorTransport { SimulatorTransport(simulator: self) }

    /// The base URL a client of dialect `name` uses on a face whose origin is `origin`: the origin plus the
    /// dialect's ``SimulatedDialect/basePath``. Without a name, the first dialect's.
    public func baseURL(for name: String? = nil, origin: URL = Simulator.inProcessOrigin) -> URL {
        let dialect = name.flatMap { wanted in dialects.first { $0.name == wanted } } ?? dialects.first
        var text = origin.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + (dialect?.basePath ?? ""))!
    }

    /// Returns once every scheduled callback has been delivered or abandoned. With a virtual clock, advance it past
    /// the tasks' completion (and retry delays) first, or this keeps waiting.
    public func waitForCallbacks() async { await callbacks.waitUntilIdle() }

    /// Cancels pending callbacks; later ones are not scheduled. Requests are still answered.
    public func stop() { callbacks.stop() }

    /// Answers one request: routing, counting, fault injection, the bearer-key check, the dialect, and damage from
    /// post-handling faults (see ``SimulatedDialect``). Never throws: every failure is an answer (or a
    /// ``SimulatedDelivery`` for the face to act out).
    public func handle(_ request: SimulatedRequest) async -> SimulatedResponse {
        let resolved = resolve(request)
        counterStore.recordRequest(request, route: resolved?.1)
        guard let (dialect, route, routed) = resolved else { return stamped(unrouted(request)) }
        let fault = faults.decide(for: route.kind)
        if let fault {
            counterStore.update { $0.faultsInjected[fault, default: 0] += 1 }
            if let answer = FaultShaping.answerWithoutActing(fault, dialect: dialect) { return stamped(answer) }
        }
        var response = await answer(routed, route: route, dialect: dialect)
        if let fault { response = FaultShaping.damage(response, with: fault, dialect: dialect) }
        return stamped(response)
    }

    private func answer(_ request: SimulatedRequest, route: SimulatedRoute, dialect: any SimulatedDialect) async -> SimulatedResponse {
        if route.requiresAuthorization {
            let refusal: SimulatedError? =
                switch request.bearerToken {
                case nil: .missingAPIKey()
                case let token?: configuration.acceptedAPIKeys.accepts(token) ? nil : .invalidAPIKey()
                }
            if let refusal {
                counterStore.update { $0.unauthorizedRequests += 1 }
                return dialect.errorResponse(for: refusal)
            }
        }
        let context = DialectContext(
            request: request, route: route, configuration: configuration, world: world,
            dialect: dialect, callbacks: callbacks, hostedMedia: hostedMedia)
        do {
            return try await dialect.respond(to: route, in: context)
        } catch let error as SimulatedError {
            return dialect.errorResponse(for: error)
        } catch {
            return dialect.errorResponse(for: .serverError(500, message: "The simulated \(dialect.name) service failed: \(error)"))
        }
    }

    /// 404 for a request no dialect routed: in the envelope of the dialect whose (non-empty) base path prefixes
    /// the path, else a generic JSON body.
    private func unrouted(_ request: SimulatedRequest) -> SimulatedResponse {
        let message = "No route for \(request.method) \(request.fullPath)."
        if let owner = dialects.first(where: { !$0.basePath.isEmpty && Self.relativePath(request.fullPath, base: $0.basePath) != nil }) {
            return owner.errorResponse(for: SimulatedError(.other, status: 404, message: message))
        }
        return .json(404, ["error": ["code": "NotFound", "message": .string(message)]])
    }

    /// The dialect and route for `request`, with the path made relative to the dialect's base path.
    private func resolve(_ request: SimulatedRequest) -> (any SimulatedDialect, SimulatedRoute, SimulatedRequest)? {
        for dialect in routingOrder {
            guard let relative = Self.relativePath(request.fullPath, base: dialect.basePath) else { continue }
            var routed = request
            routed.rawPath = relative
            if let route = dialect.route(routed) { return (dialect, route, routed) }
        }
        return nil
    }

    private static func relativePath(_ path: String, base: String) -> String? {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        guard !base.isEmpty else { return path }
        guard path == base || path.hasPrefix(base + "/") else { return nil }
        let rest = String(path.dropFirst(base.count))
        return rest.isEmpty ? "/" : rest
    }

    /// Adds `X-Request-Id` when the dialect did not.
    private func stamped(_ response: SimulatedResponse) -> SimulatedResponse {
        guard response.headers["X-Request-Id"] == nil, response.delivery != .refuseConnection else { return response }
        var copy = response
        copy.headers["X-Request-Id"] = "sim-\(requestSequence.next())"
        return copy
    }
}

/// A thread-safe counter for request ids.
private final class RequestSequence: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1; return value
        }
    }
}
