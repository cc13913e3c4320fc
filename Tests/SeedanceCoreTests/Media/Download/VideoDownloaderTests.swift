import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// The downloader on a scripted transport: what lands on disk, what never does, and what is sent.
@Suite("Video downloader")
struct VideoDownloaderTests {
    typealias Samples = DownloadSamples

    @Test("a 200 video replaces the destination with the exact bytes, unsigned, with progress")
    func success() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        try Data("old video".utf8).write(to: scratch.destination)
        let body = Samples.mp4()
        let transport = ScriptedTransport([Samples.ok(body)])
        let progress = ProgressLog()
        let saved = try await VideoDownloader(transport: transport, provider: "test")
            .download(Samples.snapshot(), to: scratch.destination, progress: { progress.record($0) })
        #expect(saved == scratch.destination.standardizedFileURL)
        #expect(scratch.saved == body)
        #expect(scratch.entries == ["result.mp4"])
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == .get && request.url == Samples.videoURL && request.kind == .idempotent)
        #expect(request.requiresAuthorization == false && request.headers["Authorization"] == nil)
        #expect(request.headers["Accept"]?.hasPrefix("video/*") == true)
        #expect(progress.all == [DownloadProgress(receivedBytes: Int64(body.count), expectedBytes: Int64(body.count))])
    }

    @Test("the body goes to a hidden temporary file beside the destination, which stays untouched until the rename")
    func temporaryFileBesideDestination() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        try Data("old video".utf8).write(to: scratch.destination)
        let body = Samples.mp4()
        let seen = TemporaryFileLog()
        let downloader = VideoDownloader(provider: "test") { request, file, _ in
            seen.record(file)
            #expect(file.deletingLastPathComponent().standardizedFileURL.path == scratch.directory.standardizedFileURL.path)
            #expect(file.lastPathComponent.hasPrefix(".result.mp4.") && file.lastPathComponent.hasSuffix(".part"))
            try body.write(to: file)
            #expect(try Data(contentsOf: scratch.destination) == Data("old video".utf8))
            return SeedanceHTTPResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], url: request.url)
        }
        _ = try await downloader.download(Samples.snapshot(), to: scratch.destination)
        #expect(scratch.saved == body)
        #expect(seen.files.count == 1 && !FileManager.default.fileExists(atPath: seen.files[0].path))
    }

    @Test("a 404 JSON body is not saved as the video: notFound with the task id, destination untouched")
    func notFoundBodyNotSaved() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        try Data("old video".utf8).write(to: scratch.destination)
        let transport = ScriptedTransport([ScriptedTransport.json(404, #"{"error":"NoSuchKey"}"#)])
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport, provider: "test").download(Samples.snapshot(), to: scratch.destination)
        }
        #expect(error.category == .notFound && error.taskID == Samples.taskID && error.httpStatus == 404)
        #expect(error.message.contains("is gone from the result host (HTTP 404)"))
        #expect(scratch.saved == Data("old video".utf8))
        #expect(scratch.entries == ["result.mp4"])
    }

    @Test("an HTML or JSON page with status 200 is refused and nothing is written", arguments: ["text/html; charset=utf-8", "application/json", "text/plain"])
    func pageRefused(contentType: String) async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport([Samples.ok(Data("<html>Access denied</html>".utf8), contentType: contentType)])
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(), to: scratch.destination)
        }
        #expect(error.category == .decoding && error.taskID == Samples.taskID)
        #expect(error.message.contains("sent \(contentType.split(separator: ";")[0]) instead of a video"))
        #expect(error.bodyExcerpt?.contains("Access denied") == true)
        #expect(scratch.entries.isEmpty)
    }

    @Test("a body labelled video/mp4 that is not an MP4 is refused; octet-stream and a missing type are accepted")
    func signatureAndGenericTypes() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let fake = ScriptedTransport([Samples.ok(Data("<html>error page</html>".utf8), contentType: "video/mp4")])
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: fake).download(Samples.snapshot(), to: scratch.destination)
        }
        #expect(error.category == .decoding && error.message.contains("is not an MP4 file"))
        #expect(scratch.entries.isEmpty)
        for type in [nil, "binary/octet-stream", "application/octet-stream"] as [String?] {
            let transport = ScriptedTransport([Samples.ok(Samples.mp4(10), contentType: type)])
            _ = try await VideoDownloader(transport: transport).download(Samples.snapshot(), to: scratch.destination)
            #expect(scratch.saved == Samples.mp4(10))
        }
        #expect(scratch.entries == ["result.mp4"])
    }

    @Test("an expired URL (403) is refreshed once and the fresh URL is downloaded")
    func expiryRefresh() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let body = Samples.mp4()
        let transport = ScriptedTransport([
            { request in
                SeedanceHTTPResponse(status: 403, headers: ["Content-Type": "application/xml"], body: Data("<Error>Expired</Error>".utf8), url: request.url)
            },
            Samples.ok(body),
        ])
        let refreshes = CallCounter()
        let saved = try await VideoDownloader(transport: transport).download(
            Samples.snapshot(), to: scratch.destination,
            refresh: {
                refreshes.increment()
                return Samples.snapshot(video: Samples.freshURL)
            })
        #expect(saved == scratch.destination.standardizedFileURL && scratch.saved == body)
        #expect(refreshes.count == 1)
        #expect(transport.requests.map(\.url) == [Samples.videoURL, Samples.freshURL])
        #expect(transport.requests.allSatisfy { !$0.requiresAuthorization })
        #expect(scratch.entries == ["result.mp4"])
    }

    @Test("when the refreshed URL is gone too, notFound says the result expired, with the task id", arguments: [404, 410])
    func refreshAlsoGone(status: Int) async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport([ScriptedTransport.json(403, "{}"), ScriptedTransport.json(status, "{}")])
        let refreshes = CallCounter()
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(
                Samples.snapshot(), to: scratch.destination,
                refresh: {
                    refreshes.increment()
                    return Samples.snapshot(video: Samples.freshURL)
                })
        }
        #expect(error.category == .notFound && error.taskID == Samples.taskID && error.httpStatus == status)
        #expect(error.message.contains("has expired or was deleted") && error.description.contains("cgt-2026-abc"))
        #expect(refreshes.count == 1 && transport.requests.count == 2)
        #expect(scratch.entries.isEmpty)
    }

    @Test("a refreshed snapshot without a URL ends the download with notFound")
    func refreshWithoutURL() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport([ScriptedTransport.json(410, "{}")])
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(
                Samples.snapshot(), to: scratch.destination, refresh: { Samples.snapshot(status: .expired, video: nil) })
        }
        #expect(error.category == .notFound && error.taskID == Samples.taskID && error.lastSnapshot?.status == .expired)
        #expect(transport.requests.count == 1 && scratch.entries.isEmpty)
    }

    @Test(
        "a task without a result URL is a typed error naming the task and its status; nothing is sent",
        arguments: [
            (TaskStatus.running, "invalidRequest"), (.queued, "invalidRequest"), (.failed, "taskFailed"),
            (.cancelled, "cancelled"), (.expired, "taskExpired"), (.succeeded, "notFound"), (.unknown("weird"), "invalidRequest"),
        ])
    func noResultURL(status: TaskStatus, category: String) async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let transport = ScriptedTransport()
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(status: status, video: nil), to: scratch.destination)
        }
        #expect(error.category.name == category && error.taskID == Samples.taskID && error.lastSnapshot?.status == status)
        #expect(error.message.contains("task cgt-2026-abc"))
        if category == "invalidRequest" { #expect(error.message.contains("not succeeded")) }
        #expect(transport.requests.isEmpty && scratch.entries.isEmpty)
    }

    @Test("the last frame downloads from its own URL as an image")
    func lastFrame() async throws {
        let scratch = try DownloadScratch(fileName: "last.png")
        defer { scratch.cleanUp() }
        let png = Fixtures.data("images/png-37x23.png")
        let frameURL = try #require(URL(string: "https://cdn.example.com/outputs/last.png"))
        let transport = ScriptedTransport([Samples.ok(png, contentType: "image/png")])
        _ = try await VideoDownloader(transport: transport)
            .download(Samples.snapshot(lastFrame: frameURL), asset: .lastFrame, to: scratch.destination)
        #expect(scratch.saved == png && transport.requests.map(\.url) == [frameURL])
        #expect(transport.requests[0].headers["Accept"]?.hasPrefix("image/*") == true)
        let missing = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: ScriptedTransport()).download(Samples.snapshot(), asset: .lastFrame, to: scratch.destination)
        }
        #expect(missing.category == .notFound && missing.message.contains("no last frame URL"))
    }

    @Test("server errors, short bodies and network failures leave nothing behind")
    func otherFailures() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let failures: [(ScriptedTransport.Handler, String, Int?)] = [
            (ScriptedTransport.json(500, #"{"message":"boom"}"#), "server", 500),
            (Samples.ok(Samples.mp4(100), extra: ["Content-Length": "999999"]), "transport", 200),
            (ScriptedTransport.failure(.connectionLost), "transport", nil),
            (ScriptedTransport.failure(.timedOut), "timeout", nil),
            (Samples.ok(Data()), "decoding", 200),
        ]
        for (step, category, status) in failures {
            let error = try await #require(throws: SeedanceError.self) {
                try await VideoDownloader(transport: ScriptedTransport([step])).download(Samples.snapshot(), to: scratch.destination)
            }
            #expect(error.category.name == category && error.httpStatus == status && error.taskID == Samples.taskID, "\(error)")
            #expect(scratch.entries.isEmpty, "\(category)")
        }
    }

    @Test("a bad destination or result URL is refused before anything is sent")
    func badInputs() async throws {
        let transport = ScriptedTransport()
        let missingDirectory = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/video.mp4")
        let error = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(), to: missingDirectory)
        }
        #expect(error.category == .invalidRequest && error.field == "destination")
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        let directoryError = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(), to: scratch.directory)
        }
        #expect(directoryError.field == "destination" && directoryError.message.contains("is a directory"))
        let ftp = try #require(URL(string: "ftp://cdn.example.com/v.mp4"))
        let schemeError = try await #require(throws: SeedanceError.self) {
            try await VideoDownloader(transport: transport).download(Samples.snapshot(video: ftp), to: scratch.destination)
        }
        #expect(schemeError.category == .invalidRequest && schemeError.taskID == Samples.taskID)
        #expect(transport.requests.isEmpty && scratch.entries.isEmpty)
    }

    @Test("cancelling mid-download throws CancellationError and leaves no temporary file", .timeLimit(.minutes(3)))
    func cancellationMidDownload() async throws {
        let scratch = try DownloadScratch()
        defer { scratch.cleanUp() }
        try Data("old video".utf8).write(to: scratch.destination)
        let started = AsyncStream<Void>.makeStream()
        let downloader = VideoDownloader { _, file, progress in
            try Samples.mp4(50_000).write(to: file)
            progress?(DownloadProgress(receivedBytes: 50_000, expectedBytes: 1_000_000))
            started.continuation.yield()
            try await Task.sleep(for: .seconds(60))
            throw HTTPTransportError(.other, message: "not cancelled")
        }
        let download = Task { try await downloader.download(Samples.snapshot(), to: scratch.destination) }
        for await _ in started.stream { break }
        #expect(scratch.entries.count == 2)
        download.cancel()
        let result = await download.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(scratch.entries == ["result.mp4"])
        #expect(scratch.saved == Data("old video".utf8))
    }
}

/// Records the temporary files a downloader asked for.
final class TemporaryFileLog: @unchecked Sendable {
    private let lock = NSLock()
    private var urls: [URL] = []
    func record(_ url: URL) { lock.withLock { urls.append(url) } }
    var files: [URL] { lock.withLock { urls } }
}
