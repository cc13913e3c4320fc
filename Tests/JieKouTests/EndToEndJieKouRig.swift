import Foundation
import JieKou
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// A host preset on both sides: the adapter's ``JieKouHost`` and the simulator's independent reading of it.
enum HostPreset: String, CaseIterable, Sendable {
    case jiekou, novita, ppio

    var adapterHost: JieKouHost {
        switch self {
        case .jiekou: .jiekou
        case .novita: .novita
        case .ppio: .ppio
        }
    }

    var simulatedHost: SimulatedJieKou.Host {
        switch self {
        case .jiekou: .jiekou
        case .novita: .novita
        case .ppio: .ppio
        }
    }
}

/// The adapter driven against the simulator the way a client drives it: validate, build, sign (the bearer key is
/// added here, as the client does), send, parse; polls move the virtual clock instead of sleeping.
struct EndToEndJieKouRig {
    let simulator: Simulator
    let clock: VirtualTestClock
    let dialect: JieKou
    let transport: any HTTPTransport

    /// An in-process rig for `preset` (simulator and adapter configured for the same host).
    init(_ preset: HostPreset, configure: (inout SimulatorConfiguration) -> Void = { _ in }) {
        let clock = VirtualTestClock()
        let simulator = SimulatedJieKouHarness.simulator(SimulatedJieKou(host: preset.simulatedHost), clock: clock, configure)
        self.init(simulator: simulator, clock: clock, dialect: JieKou(host: preset.adapterHost, baseURL: simulator.baseURL(for: preset.rawValue)),
                  transport: simulator.transport)
    }

    init(simulator: Simulator, clock: VirtualTestClock, dialect: JieKou, transport: any HTTPTransport) {
        self.simulator = simulator
        self.clock = clock
        self.dialect = dialect
        self.transport = transport
    }

    /// Signs a request bound for the API host, as the client does.
    func signed(_ request: SeedanceHTTPRequest) -> SeedanceHTTPRequest {
        var signed = request
        if signed.requiresAuthorization { signed.headers["Authorization"] = "Bearer \(SimulatedJieKouHarness.key)" }
        return signed
    }

    /// Validates and submits `request`; returns the task id. Throws the adapter's `SeedanceError`.
    func submit(_ request: VideoRequest) async throws -> TaskID {
        try dialect.validate(request)
        let response = try await transport.send(signed(try dialect.makeCreateRequest(request)))
        return try dialect.parseCreateResponse(response)
    }

    /// One poll.
    func poll(_ id: TaskID) async throws -> TaskSnapshot {
        let response = try await transport.send(signed(try dialect.makeStatusRequest(for: id)))
        return try dialect.parseStatusResponse(response, for: id)
    }

    /// Polls every `step` of virtual time until the task is terminal; returns every snapshot seen.
    func pollUntilTerminal(_ id: TaskID, step: Duration = .seconds(5), maxPolls: Int = 100) async throws -> [TaskSnapshot] {
        var seen: [TaskSnapshot] = []
        for _ in 0..<maxPolls {
            let snapshot = try await poll(id)
            seen.append(snapshot)
            if snapshot.status.isTerminal { return seen }
            clock.advance(by: step)
        }
        throw RigError.notTerminal(seen.last)
    }

    /// Fetches a result link without a key, as a client must (results live on another host).
    func fetch(_ url: URL) async throws -> SeedanceHTTPResponse {
        try await transport.send(SeedanceHTTPRequest(method: .get, url: url, requiresAuthorization: false))
    }

    enum RigError: Error {
        case notTerminal(TaskSnapshot?)
    }
}

extension Data {
    /// Whether these bytes start like an MP4: a box whose type is `ftyp`.
    var startsWithFtypBox: Bool { count >= 8 && String(decoding: self[startIndex + 4 ..< startIndex + 8], as: UTF8.self) == "ftyp" }
}
