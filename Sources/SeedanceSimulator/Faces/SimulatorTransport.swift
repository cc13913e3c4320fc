import Foundation
import SeedanceCore

/// The in-process face: an `HTTPTransport` that answers every request from a ``Simulator`` without sockets, for fast
/// unit tests and the CLI's embedded mode. Any host is answered (nothing is ever contacted); the request's scheme,
/// host and port become the ``SimulatedRequest/origin``.
///
/// Injected faults become what a network client would see:
/// - ``FaultKind/resetBeforeRead``: `HTTPTransportError.connectionNotEstablished` (nothing reached the provider,
///   as for a refused connection; over loopback the same fault shows as a lost connection instead);
/// - ``FaultKind/resetAfterCommit`` and ``FaultKind/resetMidBody``: `.connectionLost` (the task exists; a download
///   leaves the part already written);
/// - ``FaultKind/slowAnswer(delay:)``: the answer waits `delay` on the simulator's clock, or `.timedOut` after the
///   request's timeout (else ``timeout``) when that comes first;
/// - ``FaultKind/truncatedBody`` and ``FaultKind/nonJSONBody``: a normal response whose body the client fails to
///   decode; 429 / 5xx: normal responses.
///
/// Cancellation: a cancelled caller gets `CancellationError` (checked before handling, during waits and between
/// download chunks); a create already handled stays committed, as on a real server.
public struct SimulatorTransport: HTTPTransport {
    /// The simulator that answers.
    public let simulator: Simulator
    /// The timeout applied when a request has none (default 60 s, on the simulator's clock).
    public var timeout: Duration
    /// The largest body ``send(_:)`` reads into memory (default 8 MiB); a larger one throws `.responseTooLarge`.
    public var maxBodyBytes: Int

    /// A transport answering from `simulator`.
    public init(simulator: Simulator, timeout: Duration = .seconds(60), maxBodyBytes: Int = 8 << 20) {
        self.simulator = simulator
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
    }

    /// Answers `request` with the body in memory. Throws `HTTPTransportError` for injected network faults and
    /// over-large bodies; `CancellationError` when cancelled.
    public func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        let answer = try await deliver(request)
        if answer.body.byteCount > Int64(maxBodyBytes) {
            throw HTTPTransportError(
                .responseTooLarge(limit: maxBodyBytes), message: "the simulated body of \(answer.body.byteCount) bytes exceeds \(maxBodyBytes)")
        }
        let body: Data =
            switch answer.body {
            case .data(let data): data
            case .generated(let count): GeneratedBytes.chunk(at: 0, count: Int(count))
            }
        if case .cutBody = answer.delivery { throw connectionLost("the connection closed in the middle of the body") }
        return SeedanceHTTPResponse(status: answer.status, headers: headers(of: answer), body: body, url: request.url)
    }

    /// Answers `request` by writing the body to `destination` in chunks (never all in memory). Throws as
    /// ``send(_:)``; on a mid-body reset or a cancellation the part already written remains (the caller removes it).
    public func download(_ request: SeedanceHTTPRequest, to destination: URL, progress: (@Sendable (DownloadProgress) -> Void)?) async throws
        -> SeedanceHTTPResponse
    {
        let answer = try await deliver(request)
        let total = answer.body.byteCount
        var limit = total
        if case .cutBody(let afterBytes) = answer.delivery { limit = min(total, Int64(afterBytes)) }
        guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
            throw HTTPTransportError(.other, message: "cannot create the download file at \(destination.path)")
        }
        let file = try FileHandle(forWritingTo: destination)
        defer { try? file.close() }
        var written: Int64 = 0
        while written < limit {
            try Task.checkCancellation()
            let count = Int(min(1 << 20, limit - written))
            let chunk: Data =
                switch answer.body {
                case .data(let data): data.subdata(in: Int(written)..<(Int(written) + count))
                case .generated: GeneratedBytes.chunk(at: written, count: count)
                }
            try file.write(contentsOf: chunk)
            written += Int64(count)
            progress?(DownloadProgress(receivedBytes: written, expectedBytes: total))
        }
        if limit < total { throw connectionLost("the connection closed after \(limit) of \(total) bytes") }
        return SeedanceHTTPResponse(status: answer.status, headers: headers(of: answer), body: Data(), url: request.url)
    }

    /// Hands `request` to the simulator and acts out connection-level deliveries (refusal, reset, delay).
    private func deliver(_ request: SeedanceHTTPRequest) async throws -> SimulatedResponse {
        try Task.checkCancellation()
        let answer = await simulator.handle(simulatedRequest(request))
        switch answer.delivery {
        case .refuseConnection:
            throw HTTPTransportError(.connectionNotEstablished, message: "the simulated connection to \(request.url.host ?? "?") was refused")
        case .resetConnection:
            throw connectionLost("the simulated server closed the connection without answering")
        case .delay(let delay):
            let limit = request.timeout ?? timeout
            let clock = simulator.configuration.clock
            if delay >= limit {
                try await clock.sleep(for: limit)
                throw HTTPTransportError(.timedOut, message: "no answer from the simulated server within \(limit)")
            }
            try await clock.sleep(for: delay)
        case .normal, .cutBody:
            break
        }
        try Task.checkCancellation()
        return answer
    }

    private func simulatedRequest(_ request: SeedanceHTTPRequest) -> SimulatedRequest {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        var target = components?.percentEncodedPath ?? "/"
        if target.isEmpty { target = "/" }
        if let query = components?.percentEncodedQuery { target += "?" + query }
        var origin = URLComponents()
        origin.scheme = components?.scheme ?? "http"
        origin.host = components?.host ?? "127.0.0.1"
        origin.port = components?.port
        var headers = request.headers
        if headers["Host"] == nil { headers["Host"] = (origin.host ?? "") + (origin.port.map { ":\($0)" } ?? "") }
        return SimulatedRequest(
            method: request.method.rawValue, target: target, headers: headers, body: request.body ?? Data(),
            origin: origin.url ?? Simulator.inProcessOrigin)
    }

    private func headers(of answer: SimulatedResponse) -> SeedanceHTTPHeaders {
        var headers = answer.headers
        headers["Content-Length"] = String(answer.body.byteCount)
        return headers
    }

    private func connectionLost(_ message: String) -> HTTPTransportError { HTTPTransportError(.connectionLost, message: message) }
}
