import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// Drives a dialect adapter against a simulator the way a client does: validate, build, sign (the adapter never adds
/// the key), send, parse; then poll on the virtual clock, following the adapter's polling hints, until the task is
/// terminal. The transport is the simulator's in-process face or a real `URLSessionTransport` to its loopback server.
package struct EndToEndHarness: Sendable {
    /// An obviously fake key.
    package static let apiKey = "sk-test-SENTINEL-1234"

    package let dialect: any Dialect
    package let transport: any HTTPTransport
    package let clock: VirtualClock

    /// A harness sending `dialect`'s requests through `transport`, polling on `clock`.
    package init(dialect: any Dialect, transport: any HTTPTransport, clock: VirtualClock) {
        self.dialect = dialect
        self.transport = transport
        self.clock = clock
    }

    /// Adds `Authorization: Bearer <fake key>` to requests that need it, and sends.
    package func send(_ request: SeedanceHTTPRequest) async throws -> SeedanceHTTPResponse {
        var signed = request
        if signed.requiresAuthorization { signed.headers["Authorization"] = "Bearer \(Self.apiKey)" }
        return try await transport.send(signed)
    }

    /// Validates, creates, returns the task id. Throws the adapter's `SeedanceError`.
    package func submit(_ request: VideoRequest) async throws -> TaskID {
        try dialect.validate(request)
        return try dialect.parseCreateResponse(try await send(try dialect.makeCreateRequest(request)))
    }

    /// One status request, parsed.
    package func status(_ id: TaskID) async throws -> TaskSnapshot {
        try dialect.parseStatusResponse(try await send(try dialect.makeStatusRequest(for: id)), for: id)
    }

    /// A callback body read by the adapter. Throws `.unsupported` when the adapter is no ``CallbackDialect``.
    package func parseCallback(_ body: Data) throws -> TaskSnapshot {
        guard let dialect = dialect as? any CallbackDialect else { throw SeedanceError.unsupported("callbacks", provider: dialect.provider) }
        return try dialect.parseCallback(body)
    }

    /// Polls `id` as the adapter's hints for `request` say (first after `firstPollDelay`, then every
    /// `minimumInterval`), moving the virtual clock before each poll, until a terminal snapshot; returns every
    /// snapshot seen, in order. Gives up (returns what it has) after `maxPolls`.
    package func pollUntilTerminal(_ id: TaskID, for request: VideoRequest?, maxPolls: Int = 200) async throws -> [TaskSnapshot] {
        let hints = dialect.pollingHints(for: request)
        var seen: [TaskSnapshot] = []
        var wait = hints.firstPollDelay
        for _ in 0..<maxPolls {
            clock.advance(by: wait)
            let snapshot = try await status(id)
            seen.append(snapshot)
            if snapshot.status.isTerminal { break }
            wait = max(hints.minimumInterval, .seconds(1))
        }
        return seen
    }

    /// Downloads the snapshot's video through the simulator's media route and returns the file's bytes (the file is
    /// removed). The downloader checks the MP4 box itself.
    package func downloadVideo(of snapshot: TaskSnapshot) async throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try await VideoDownloader(transport: transport, provider: dialect.provider)
            .download(snapshot, to: directory.appendingPathComponent("video.mp4"))
        return try Data(contentsOf: file)
    }
}

extension Data {
    /// Whether the bytes start with an ISO media `ftyp` box (an MP4).
    package var startsWithFtypBox: Bool { count >= 8 && self[startIndex + 4..<startIndex + 8] == Data("ftyp".utf8) }
}

/// A loopback HTTP server that records every callback body POSTed to it and answers each with the next status of
/// `statuses` (200 once they run out), so repeated deliveries can be provoked.
package final class CallbackReceiver: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Data] = []
    private var statuses: [Int]
    private var server: LoopbackHTTPServer?

    package init(failFirst statuses: [Int] = []) throws {
        self.statuses = statuses
        server = try LoopbackHTTPServer { [weak self] request in
            .json(self?.record(request.body) ?? 503, "{}")
        }
    }

    private func record(_ body: Data) -> Int {
        lock.withLock {
            recorded.append(body)
            return statuses.isEmpty ? 200 : statuses.removeFirst()
        }
    }

    /// The bodies received so far, in order.
    package var bodies: [Data] { lock.withLock { recorded } }

    /// `http://127.0.0.1:<port><path>`.
    package func url(path: String = "/hooks/video") -> URL { server!.url(path: path) }

    package func stop() { server?.stop() }
}
