import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// One dialect adapter wired to the simulated server of its provider, for every adapter test target: requests are
/// validated, built and read by the adapter, signed here with a fake key (the adapter never adds it, the client
/// does), and sent in process (or over loopback with `URLSessionTransport`, see ``overLoopback(_:)``). Polls move the
/// virtual clock instead of sleeping.
///
/// Parameterised by the adapter type and the simulator face; each adapter test target adds a constrained
/// convenience initializer (`extension AdapterRig where D == ModelArk { init(...) }`) and its raw-body helpers.
package struct AdapterRig<D: Dialect>: Sendable {
    /// The fake key every signed request carries (``EndToEndHarness/apiKey``).
    package static var key: String { EndToEndHarness.apiKey }

    package let simulator: Simulator
    package let clock: VirtualClock
    package var transport: any HTTPTransport
    /// The adapter's base URL: the face's, in process or on a loopback server.
    package var base: URL
    /// The simulated face's name (the simulator path its routes live under).
    package let face: String
    private let makeDialect: @Sendable (_ base: URL, _ model: ModelID?) -> D

    /// A simulator with `face` as its only dialect, tasks taking `completion` and starting at `startDate`, and the
    /// adapter `dialect` builds for a base URL and an optional model.
    package init(
        _ face: any SimulatedDialect, completion: Duration, startDate: Date, configure: (inout SimulatorConfiguration) -> Void = { _ in },
        dialect: @escaping @Sendable (_ base: URL, _ model: ModelID?) -> D
    ) {
        let clock = VirtualClock()
        var configuration = SimulatorConfiguration(completionTime: .fixed(completion), clock: clock, startDate: startDate)
        configure(&configuration)
        self.init(simulator: Simulator(dialects: [face], configuration: configuration), clock: clock, face: face.name, dialect: dialect)
    }

    /// A rig on an existing `simulator` whose face `face` serves the adapter.
    package init(simulator: Simulator, clock: VirtualClock, face: String, dialect: @escaping @Sendable (_ base: URL, _ model: ModelID?) -> D) {
        self.simulator = simulator
        self.clock = clock
        self.face = face
        self.makeDialect = dialect
        transport = simulator.transport
        base = simulator.baseURL(for: face)
    }

    /// A rig driving the fixed adapter `dialect` (at its own base URL) through `transport`.
    package init(simulator: Simulator, clock: VirtualClock, dialect: D, transport: any HTTPTransport) {
        self.simulator = simulator
        self.clock = clock
        self.transport = transport
        face = dialect.provider.rawValue
        base = dialect.baseURL
        makeDialect = { _, _ in dialect }
    }

    /// The same rig talking to `server` (a loopback face of its simulator) with a real `URLSessionTransport`.
    package func overLoopback(_ server: SimulatorServer) -> AdapterRig {
        var copy = self
        copy.transport = URLSessionTransport()
        copy.base = server.baseURL(for: face)
        return copy
    }

    /// The adapter at ``base``, for `model` when given (else the adapter's default).
    package func dialect(_ model: ModelID? = nil) -> D { makeDialect(base, model) }

    /// The generic end-to-end driver on this rig's adapter, transport and clock.
    package var harness: EndToEndHarness { EndToEndHarness(dialect: dialect(), transport: transport, clock: clock) }

    /// Adds `Authorization: Bearer <key>` to a request bound for the API (none when `key` is `nil`), and sends.
    package func send(_ request: SeedanceHTTPRequest, key: String? = AdapterRig.key) async throws -> SeedanceHTTPResponse {
        try await transport.send(signed(request, key: key))
    }

    /// `request` with `Authorization: Bearer <key>` when it is bound for the API, as the client signs.
    package func signed(_ request: SeedanceHTTPRequest, key: String? = AdapterRig.key) -> SeedanceHTTPRequest {
        var signed = request
        if let key, request.requiresAuthorization { signed.headers["Authorization"] = "Bearer \(key)" }
        return signed
    }

    /// Validates, builds, sends and reads a create (with `model`'s adapter when given). Throws the adapter's error.
    package func create(_ request: VideoRequest, model: ModelID? = nil) async throws -> TaskID {
        let dialect = dialect(model)
        try dialect.validate(request)
        return try dialect.parseCreateResponse(try await send(try dialect.makeCreateRequest(request)))
    }

    /// One status request, read by the adapter.
    package func status(_ id: TaskID) async throws -> TaskSnapshot {
        let dialect = dialect()
        return try dialect.parseStatusResponse(try await send(try dialect.makeStatusRequest(for: id)), for: id)
    }

    /// Polls every `step` of virtual time until the task is terminal; returns every snapshot seen. Throws
    /// ``RigError/notTerminal(_:)`` after `maxPolls`.
    package func pollUntilTerminal(_ id: TaskID, step: Duration = .seconds(10), maxPolls: Int = 100) async throws -> [TaskSnapshot] {
        var seen: [TaskSnapshot] = []
        for _ in 0..<maxPolls {
            let snapshot = try await status(id)
            seen.append(snapshot)
            if snapshot.status.isTerminal { return seen }
            clock.advance(by: step)
        }
        throw RigError.notTerminal(seen.last)
    }

    /// The terminal snapshot, polling every `step` of virtual time (at most 100 polls).
    package func waitUntilTerminal(_ id: TaskID, step: Duration = .seconds(10)) async throws -> TaskSnapshot {
        do {
            return try await pollUntilTerminal(id, step: step).last!
        } catch RigError.notTerminal {
            throw RigError.neverFinished(id)
        }
    }

    /// A raw JSON exchange with the simulated server (`path` relative to the base URL, query included), signed with
    /// `key` (none when `nil`).
    package func raw(_ method: SeedanceHTTPMethod, _ path: String, body: JSONValue? = nil, key: String? = AdapterRig.key) async throws -> RawAnswer {
        var request = SeedanceHTTPRequest(method: method, url: URL(string: base.absoluteString + path)!)
        if let body {
            request.body = SimulatedResponse.encode(body)
            request.headers["Content-Type"] = "application/json"
            request.kind = .create
        }
        let response = try await send(request, key: key)
        return RawAnswer(status: response.status, json: JSONAssert.parse(response.body), response: response)
    }

    /// Fetches a result link without a key, as a client must (results live on another host).
    package func fetch(_ url: URL) async throws -> SeedanceHTTPResponse {
        try await transport.send(SeedanceHTTPRequest(method: .get, url: url, requiresAuthorization: false))
    }
}

extension AdapterRig where D: CancellableDialect {
    /// Builds, sends and reads a cancel.
    package func cancel(_ id: TaskID) async throws {
        let dialect = dialect()
        try dialect.parseCancelResponse(try await send(try dialect.makeCancelRequest(for: id)), for: id)
    }
}

extension AdapterRig where D: DeletableDialect {
    /// Builds, sends and reads a delete.
    package func delete(_ id: TaskID) async throws {
        let dialect = dialect()
        try dialect.parseDeleteResponse(try await send(try dialect.makeDeleteRequest(for: id)), for: id)
    }
}

extension AdapterRig where D: ListableDialect {
    /// Builds, sends and reads one list page.
    package func list(_ query: TaskListQuery) async throws -> TaskListPage {
        let dialect = dialect()
        return try dialect.parseListResponse(try await send(try dialect.makeListRequest(query)))
    }
}

/// A raw answer of the simulated server: status, parsed body (`.null` when not JSON) and the response.
package struct RawAnswer: Sendable {
    package var status: Int
    package var json: JSONValue
    package var response: SeedanceHTTPResponse
}

/// Why a rig gave up.
package enum RigError: Error {
    /// The task was still running after the rig's polls.
    case neverFinished(TaskID)
    /// The poll limit was reached; the last snapshot seen.
    case notTerminal(TaskSnapshot?)
    /// The simulated server refused a raw create; its answer.
    case refused(JSONValue)
}
