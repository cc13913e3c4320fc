import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The downloader over the real `URLSessionTransport` and the loopback server: size, memory, credentials,
/// cancellation. Only `127.0.0.1` / `localhost` are contacted.
@Suite("Video downloader over loopback", .serialized)
struct DownloadLoopbackTests {
    static let key = "sk-test-SENTINEL-1234"

    /// A downloader sending through an executor that signs requests for `server`'s `127.0.0.1` origin, as the
    /// client wires it.
    static func downloader(_ transport: URLSessionTransport, server: LoopbackHTTPServer) -> VideoDownloader {
        let executor = RequestExecutor(
            transport: transport, policy: RetryPolicy(maxAttempts: 1, baseDelay: .milliseconds(10), maxDelay: .milliseconds(10)),
            clock: SystemClock(), apiKey: APIKey(key), apiBase: server.baseURL, provider: "loopback", logger: nil)
        return VideoDownloader(provider: "loopback") { request, file, progress in
            try await executor.download(request, to: file, progress: progress)
        }
    }

    static func snapshot(_ url: URL) -> TaskSnapshot {
        TaskSnapshot(id: "cgt-loop-1", status: .succeeded, rawStatus: "succeeded", videoURL: url)
    }

    @Test("1 GiB streams to disk: exact size and bytes, progress to the end, nothing left beside it", .timeLimit(.minutes(3)))
    func oneGiB() async throws {
        let size: Int64 = 1 << 30
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: .generated(byteCount: size))
        }
        defer { server.stop() }
        let scratch = try DownloadScratch(fileName: "big.bin")
        defer { scratch.cleanUp() }
        let progress = ProgressLog()
        _ = try await Self.downloader(URLSessionTransport(), server: server)
            .download(Self.snapshot(server.url(path: "/results/big.bin")), to: scratch.destination, progress: { progress.record($0) })
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.destination.path)
        #expect((attributes[.size] as? NSNumber)?.int64Value == size)
        let handle = try FileHandle(forReadingFrom: scratch.destination)
        defer { try? handle.close() }
        for offset in [Int64(0), 250, 251, 1 << 20, size - 7] {
            try handle.seek(toOffset: UInt64(offset))
            let bytes = try #require(try handle.read(upToCount: 7))
            #expect(Array(bytes) == (0..<Int64(bytes.count)).map { ServerBody.patternByte(at: offset + $0) }, "at \(offset)")
        }
        #expect(progress.all.last == DownloadProgress(receivedBytes: size, expectedBytes: size))
        #expect(scratch.entries == ["big.bin"])
    }

    @Test("no Authorization reaches the result host: on another host, on the API's own, or after a redirect", .timeLimit(.minutes(3)))
    func noCredentialsToResultHost() async throws {
        let video = DownloadSamples.mp4(5_000)
        let port = PortHolder()
        let server = try LoopbackHTTPServer { request in
            guard request.path == "/redirect" else { return ServerResponse(status: 200, headers: ["Content-Type": "video/mp4"], body: .data(video)) }
            return ServerResponse(status: 302, headers: ["Location": "http://localhost:\(port.port)/cdn/moved.mp4"])
        }
        defer { server.stop() }
        port.port = server.port
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let downloader = Self.downloader(URLSessionTransport(), server: server)
        _ = try await downloader.download(Self.snapshot(server.url(host: "localhost", path: "/cdn/v.mp4")), to: scratch.destination)
        _ = try await downloader.download(Self.snapshot(server.url(path: "/files/v.mp4")), to: scratch.destination)
        _ = try await downloader.download(Self.snapshot(server.url(path: "/redirect")), to: scratch.destination)
        #expect(scratch.saved == video)
        #expect(server.requestCount(forHost: "localhost") == 2 && server.requestCount(forHost: "127.0.0.1") == 2)
        #expect(server.authorizationHeaderCount(forHost: "localhost") == 0)
        #expect(server.authorizationHeaderCount(forHost: "127.0.0.1") == 0)
        let headers = server.headersSeen(forHost: "localhost").flatMap { Array($0) }
        #expect(!headers.contains { $0.value.contains(Self.key) })
    }

    @Test("an expired URL (403) over HTTP is refreshed once; a 404 JSON body is never saved", .timeLimit(.minutes(3)))
    func expiryAndNotFound() async throws {
        let video = DownloadSamples.mp4(20_000)
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/fresh.mp4": ServerResponse(status: 200, headers: ["Content-Type": "video/mp4"], body: .data(video))
            case "/expired.mp4": .json(403, #"{"error":"AccessDenied: Request has expired"}"#)
            default: .json(404, #"{"error":"NoSuchKey"}"#)
            }
        }
        defer { server.stop() }
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let downloader = Self.downloader(URLSessionTransport(), server: server)
        _ = try await downloader.download(
            Self.snapshot(server.url(path: "/expired.mp4")), to: scratch.destination,
            refresh: { Self.snapshot(server.url(path: "/fresh.mp4")) })
        #expect(scratch.saved == video)
        let error = try await #require(throws: SeedanceError.self) {
            try await downloader.download(Self.snapshot(server.url(path: "/gone.mp4")), to: scratch.destination)
        }
        #expect(error.category == .notFound && error.taskID == "cgt-loop-1")
        #expect(scratch.saved == video && scratch.entries == ["result.mp4"])
    }

    @Test("cancelling a slow download over HTTP returns promptly and leaves only the old file", .timeLimit(.minutes(3)))
    func cancellation() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(
                status: 200, headers: ["Content-Type": "application/octet-stream"], body: .generated(byteCount: 64 << 20),
                behavior: .drip(chunkSize: 64 << 10, interval: .milliseconds(50)))
        }
        defer { server.stop() }
        let scratch = try DownloadScratch(fileName: "slow.bin")
        defer { scratch.cleanUp() }
        try Data("old".utf8).write(to: scratch.destination)
        let firstBytes = AsyncStream<Void>.makeStream()
        let downloader = Self.downloader(URLSessionTransport(), server: server)
        let download = Task {
            try await downloader.download(
                Self.snapshot(server.url(path: "/slow.bin")), to: scratch.destination,
                progress: { report in
                    if report.receivedBytes > 0 { firstBytes.continuation.yield() }
                })
        }
        for await _ in firstBytes.stream { break }
        download.cancel()
        let result = await download.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(scratch.entries == ["slow.bin"] && scratch.saved == Data("old".utf8))
        // The abandoned URLSession task must not recreate the temporary file after the grace period either.
        try await Task.sleep(for: .milliseconds(1_500))
        #expect(scratch.entries == ["slow.bin"])
    }
}
