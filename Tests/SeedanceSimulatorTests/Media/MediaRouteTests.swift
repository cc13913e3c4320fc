import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

@Suite("Result-media routes")
struct MediaRouteTests {
    /// A succeeded task's status (with a last frame when asked).
    static func finished(_ simulator: Simulator, clock: VirtualClock, lastFrame: Bool = true) async throws -> JSONValue {
        let client = ToyClient(simulator)
        let id = try await client.create(extra: ["return_last_frame": .bool(lastFrame)])
        clock.advance(by: .seconds(100))
        return try await client.status(id)
    }

    static func get(_ simulator: Simulator, _ link: JSONValue?) async throws -> SeedanceHTTPResponse {
        let url = try #require(link?.stringValue.flatMap(URL.init(string:)))
        return try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: url, requiresAuthorization: false))
    }

    @Test("a succeeded task's links serve the sample MP4 and PNG without authentication, on another host name")
    func serveFiles() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let task = try await Self.finished(simulator, clock: clock)
        let video = try await Self.get(simulator, task["video_url"])
        #expect(video.status == 200)
        #expect(video.headers["Content-Type"] == "video/mp4")
        #expect(video.headers["Content-Length"] == String(SampleMedia.mp4.count))
        #expect(video.body == SampleMedia.mp4)
        let frame = try await Self.get(simulator, task["last_frame_url"])
        #expect(frame.status == 200)
        #expect(frame.headers["Content-Type"] == "image/png")
        #expect(Array(frame.body.prefix(8)) == PNGWriter.signature)

        let counters = simulator.counters
        #expect(counters.downloads == 2)
        #expect(counters.authorizationReached("127.0.0.1"))
        #expect(!counters.authorizationReached("localhost"))
        #expect(counters.hosts["localhost"]?.requests == 2)
        #expect(counters.hosts["127.0.0.1"]?.headerNames.contains("authorization") == true)
    }

    @Test("no file before success, no last frame unless asked, nothing for unknown or deleted tasks")
    func missingFiles() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let client = ToyClient(simulator)
        let id = try await client.create()
        let early = try await Self.get(simulator, .string("http://localhost:8078/media/\(id)/video.mp4"))
        #expect(early.status == 404)
        clock.advance(by: .seconds(100))
        #expect(try await Self.get(simulator, .string("http://localhost:8078/media/\(id)/video.mp4")).status == 200)
        #expect(try await Self.get(simulator, .string("http://localhost:8078/media/\(id)/last-frame.png")).status == 404)
        #expect(try await Self.get(simulator, .string("http://localhost:8078/media/nope/video.mp4")).status == 404)
        #expect(try await client.send(.delete, "/tasks/\(id)").status == 204)
        #expect(try await Self.get(simulator, .string("http://localhost:8078/media/\(id)/video.mp4")).status == 404)
    }

    @Test("links with a lifetime expire: 403 after it, a fresh status gives a working link")
    func expiringLinks() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock) { $0.media.resultURLLifetime = .seconds(60) }
        let task = try await Self.finished(simulator, clock: clock)
        let link = try #require(task["video_url"]?.stringValue)
        #expect(link.hasSuffix("/video.mp4?expires=1770000160"))
        #expect(try await Self.get(simulator, task["video_url"]).status == 200)
        clock.advance(by: .seconds(61))
        let stale = try await Self.get(simulator, task["video_url"])
        #expect(stale.status == 403)
        let fresh = try await ToyClient(simulator).status(task["id"]!.stringValue!)
        #expect(try await Self.get(simulator, fresh["video_url"]).status == 200)
    }

    @Test("a large generated video streams to disk in chunks with progress", .timeLimit(.minutes(3)))
    func largeDownload() async throws {
        let clock = VirtualClock()
        let size: Int64 = 64 << 20
        let simulator = Simulator.toy(clock: clock) { $0.media.video = .generated(byteCount: size) }
        let task = try await Self.finished(simulator, clock: clock, lastFrame: false)
        let url = try #require(task["video_url"]?.stringValue.flatMap(URL.init(string:)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        let reports = ProgressLog()
        let response = try await simulator.transport.download(SeedanceHTTPRequest(method: .get, url: url), to: file) { reports.add($0) }
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Type"] == "video/mp4")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.size] as? NSNumber)?.int64Value == size)
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        try handle.seek(toOffset: 40_000_000)
        #expect(try handle.read(upToCount: 600) == GeneratedBytes.chunk(at: 40_000_000, count: 600))
        #expect(reports.all.count == 64)
        #expect(reports.all.last == DownloadProgress(receivedBytes: size, expectedBytes: size))
    }

    @Test("send refuses a body over its cap; /media/bytes serves generated bytes")
    func bodyCap() async throws {
        let simulator = Simulator.toy()
        let small = try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: URL(string: "http://localhost:1/media/bytes/1000")!))
        #expect(small.body == GeneratedBytes.chunk(at: 0, count: 1000))
        let capped = SimulatorTransport(simulator: simulator, maxBodyBytes: 999)
        let error = await #expect(throws: HTTPTransportError.self) {
            _ = try await capped.send(SeedanceHTTPRequest(method: .get, url: URL(string: "http://localhost:1/media/bytes/1000")!))
        }
        #expect(error?.kind == .responseTooLarge(limit: 999))
    }
}

/// Collects download progress reports.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [DownloadProgress] = []
    func add(_ report: DownloadProgress) { lock.withLock { reports.append(report) } }
    var all: [DownloadProgress] { lock.withLock { reports } }
}
