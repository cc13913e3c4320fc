import Foundation
import Testing
@testable import SeedanceCore
import SeedanceSimulator

/// A writer that stands in for a slow disk: each of the first `slowBytes` waits `delay` before it is written, and
/// `observe` is called then with the bytes let through so far.
final class SlowWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var written = 0
    private let delay: Duration
    private let slowBytes: Int
    private let observe: @Sendable (Int) -> Void

    init(delay: Duration, slowBytes: Int = .max, observe: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.delay = delay
        self.slowBytes = slowBytes
        self.observe = observe
    }

    /// Bytes let through to the disk so far.
    var passedBytes: Int { lock.withLock { written } }

    /// The hook for ``DownloadMemoryGauge/beforeWrite``.
    func beforeWrite(_ count: Int) {
        let slow = lock.withLock { written < slowBytes }
        if slow {
            Thread.sleep(forTimeInterval: delay.timeInterval)
            observe(passedBytes)
        }
        lock.withLock { written += count }
    }
}

/// The largest value recorded, from any thread.
final class HighWaterMark: @unchecked Sendable {
    private let lock = NSLock()
    private var highest: Int64 = 0
    func record(_ value: Int64) { lock.withLock { highest = max(highest, value) } }
    var value: Int64 { lock.withLock { highest } }
}

@Suite("URLSessionTransport downloads under a slow writer: backpressure, cancellation without deadlock")
struct TransportDownloadBackpressureTests {
    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-backpressure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// The writer takes its first 8 MiB at about 16 MiB/s while the server could send the 256 MiB body at loopback
    /// speed. Without backpressure URLSession goes on reading and the server sends the body into the client's memory
    /// meanwhile; with it, the server stays within what the kernel buffers of the writer, and the transport holds at
    /// most its bound (the download's `DownloadWriteBehind`, fed inline by `InlineDelegateQueue`).
    @Test(.timeLimit(.minutes(3)))
    func aSlowWriterHoldsTheServerBackInsteadOfBufferingTheBody() async throws {
        let size: Int64 = 256 << 20
        let server = try CountingStreamServer(bodyBytes: size)
        defer { server.stop() }
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = URLSessionTransport(configuration: .init(maxDownloadBytes: size))
        let bound = transport.downloadMemory.boundPerDownload
        let ahead = HighWaterMark()
        let held = HighWaterMark()
        let writer = SlowWriter(delay: .milliseconds(1), slowBytes: 8 << 20) { written in
            ahead.record(server.sentBytes - Int64(written))
            held.record(Int64(transport.downloadMemory.heldBytes))
        }
        transport.downloadMemory.beforeWrite = { writer.beforeWrite($0) }
        let file = directory.appendingPathComponent("video.mp4")
        let request = SeedanceHTTPRequest(method: .get, url: server.url(), requiresAuthorization: false)
        let response = try await transport.download(request, to: file, progress: nil)

        // Loopback socket buffers hold at most tcp_rmem's 32 MiB plus tcp_wmem's 4 MiB; the rest had to wait.
        #expect(ahead.value < 48 << 20, "the server got \(ahead.value) bytes ahead of the slow writer")
        #expect(held.value <= Int64(bound + (64 << 10)))
        #expect(transport.downloadMemory.peakHeldBytes <= bound + (64 << 10))
        #expect(transport.downloadMemory.heldBytes == 0)
        #expect(response.status == 200)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value == size)
    }

    /// Downloads cancelled by their caller, by their deadline and by the size cap while every write is slow and each
    /// download's bound is full: each caller is answered, every URLSession task ends (its slot comes back), no file is
    /// left, and the transport still works.
    @Test(.timeLimit(.minutes(3)))
    func cancellingDownloadsWhileTheWriterIsSlowNeverDeadlocks() async throws {
        // 64 MiB bodies: the slow writer (1 ms a 16 KiB chunk) would take 4 s to finish one. Two downloads at a time per
        // transport: a writer that is behind holds URLSession's process-wide work queue, and other suites run meanwhile.
        let server = try CountingStreamServer(bodyBytes: 64 << 20)
        defer { server.stop() }
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = SlowWriter(delay: .milliseconds(1))
        // Each kind ends one way only: the cancelled ones have neither a cap nor a deadline within reach.
        let open = URLSessionTransport(configuration: .init(cancellationGracePeriod: .milliseconds(20), maxConcurrentDownloads: 2))
        let capped = URLSessionTransport(configuration: .init(cancellationGracePeriod: .milliseconds(20), maxConcurrentDownloads: 2, maxDownloadBytes: 1 << 20))
        let timed = URLSessionTransport(
            configuration: .init(downloadTimeout: .milliseconds(100), cancellationGracePeriod: .milliseconds(20), maxConcurrentDownloads: 2))
        let transports = [open, capped, timed]
        for transport in transports {
            transport.downloadMemory.boundPerDownload = 256 << 10
            transport.downloadMemory.beforeWrite = { writer.beforeWrite($0) }
        }
        let outcomes = Collector<(kind: Int, outcome: String)>()

        let finished = await withinDeadline(.seconds(90)) {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<12 {
                    group.addTask {
                        let kind = index % 3
                        let downloader = VideoDownloader(transport: transports[kind], provider: "test", checksMP4Signature: false)
                        let snapshot = TaskSnapshot(
                            id: TaskID(rawValue: "t-\(index)"), status: .succeeded, rawStatus: "succeeded", videoURL: server.url(path: "/\(index).mp4"))
                        let download = Task { try await downloader.download(snapshot, to: directory.appendingPathComponent("\(index).mp4")) }
                        if kind == 0 {
                            try? await Task.sleep(for: .milliseconds(10 + index * 5))
                            download.cancel()
                        }
                        outcomes.append((kind, Self.describe(await download.result)))
                    }
                }
            }
        }
        #expect(finished, "downloads still running after 90 s: a cancellation deadlocked")
        #expect(outcomes.all.count == 12)
        let expected = ["cancelled", "tooLarge", "timedOut"]
        for (kind, outcome) in outcomes.all { #expect(outcome == expected[kind]) }
        #expect(await eventually { transports.allSatisfy { $0.downloadsInFlight == 0 } }, "a cancelled URLSession task never ended")
        for transport in transports {
            #expect(transport.downloadMemory.heldBytes == 0)
            #expect(transport.downloadMemory.peakHeldBytes <= 4 * ((256 << 10) + (64 << 10)))
        }
        #expect((try FileManager.default.contentsOfDirectory(atPath: directory.path)).isEmpty)
        // The transports still work afterwards.
        capped.downloadMemory.beforeWrite = nil
        let small = try CountingStreamServer(bodyBytes: 512 << 10)
        defer { small.stop() }
        let file = directory.appendingPathComponent("after.mp4")
        let response = try await capped.download(SeedanceHTTPRequest(method: .get, url: small.url(), requiresAuthorization: false), to: file, progress: nil)
        #expect(response.status == 200)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value == 512 << 10)
    }

    /// FoundationNetworking answers a declined challenge with `URLSessionTask.cancel()`, which waits for the work queue
    /// the download's callbacks run on: the transport answers it from elsewhere, and the 401 comes back.
    @Test(.timeLimit(.minutes(3)))
    func aChallenging401DownloadIsReturnedNotDeadlocked() async throws {
        let server = try LoopbackHTTPServer { _ in
            ServerResponse(status: 401, headers: ["WWW-Authenticate": #"Basic realm="cdn""#], body: .data(Data("denied".utf8)))
        }
        defer { server.stop() }
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transport = URLSessionTransport()
        for index in 0..<3 {
            let file = directory.appendingPathComponent("\(index).mp4")
            let request = SeedanceHTTPRequest(method: .get, url: server.url(path: "/v.mp4"), requiresAuthorization: false)
            let response = try await transport.download(request, to: file, progress: nil)
            #expect(response.status == 401)
            #expect(try Data(contentsOf: file) == Data("denied".utf8))
        }
    }

    /// FoundationNetworking adds each callback from the session's work queue; the download sessions' queue runs it
    /// there and then, in order, before `addOperation` returns.
    @Test func theInlineDelegateQueueRunsEachBlockOnTheCallersThreadBeforeReturning() {
        #if canImport(FoundationNetworking)
        let queue = InlineDelegateQueue()
        let order = Collector<Int>()
        let caller = ObjectIdentifier(Thread.current)
        for index in 0..<3 {
            queue.addOperation {
                #expect(ObjectIdentifier(Thread.current) == caller)
                order.append(index)
            }
            #expect(order.all.count == index + 1)
        }
        queue.addOperation(BlockOperation { order.append(3) })
        #expect(order.all == [0, 1, 2, 3])
        #endif
    }

    private static func describe<Success>(_ result: Result<Success, any Error>) -> String {
        switch result {
        case .success: return "success"
        case .failure(is CancellationError): return "cancelled"
        case .failure(let error as SeedanceError) where error.category == .timeout: return "timedOut"
        case .failure(let error as SeedanceError) where error.category == .transport && error.message.contains("-byte cap"): return "tooLarge"
        case .failure(let error): return "other: \(error)"
        }
    }
}

/// Runs `body`, returning whether it finished within `limit` (it is left running otherwise, and the caller goes on).
func withinDeadline(_ limit: Duration, _ body: @escaping @Sendable () async -> Void) async -> Bool {
    final class FirstAnswer: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Bool, Never>?
        init(_ continuation: CheckedContinuation<Bool, Never>) { self.continuation = continuation }
        func answer(_ value: Bool) {
            let taken = lock.withLock {
                defer { continuation = nil }
                return continuation
            }
            taken?.resume(returning: value)
        }
    }
    return await withCheckedContinuation { continuation in
        let first = FirstAnswer(continuation)
        Task {
            await body()
            first.answer(true)
        }
        Task {
            try? await Task.sleep(for: limit)
            first.answer(false)
        }
    }
}
