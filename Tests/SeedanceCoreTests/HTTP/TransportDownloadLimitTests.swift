import Foundation
import Testing
@testable import SeedanceCore
import SeedanceSimulator

@Suite("URLSessionTransport download limits: size cap, full disk, own concurrency, default deadline")
struct TransportDownloadLimitTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("seedance-limit-\(UUID().uuidString).bin")
    }

    @Test func theDefaultsBoundEveryDownload() {
        let configuration = URLSessionTransport.Configuration()
        #expect(configuration.downloadTimeout == .seconds(600))
        #expect(configuration.maxDownloadBytes == 1 << 30)
        #expect(configuration.maxConcurrentDownloads == 8)
        #expect(configuration.sessionConfiguration().httpMaximumConnectionsPerHost == 40)
    }

    @Test(.timeLimit(.minutes(3)), arguments: [true, false])
    func aBodyOverTheCapIsRefused(announced: Bool) async throws {
        let server = try LoopbackHTTPServer { _ in
            var headers: SeedanceHTTPHeaders = ["Content-Type": "video/mp4"]
            if !announced { headers["Transfer-Encoding"] = "chunked" }
            return ServerResponse(status: 200, headers: headers, body: .generated(byteCount: 3 << 20))
        }
        defer { server.stop() }
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let transport = URLSessionTransport(configuration: .init(maxDownloadBytes: 1 << 20))
        let request = SeedanceHTTPRequest(method: .get, url: server.url(path: "/big.mp4"), requiresAuthorization: false)
        let error = await transportError { try await transport.download(request, to: file, progress: nil) }
        #expect(error?.kind == .responseTooLarge(limit: 1 << 20))
        #expect(error?.message.contains("exceeds the 1048576-byte cap") == true)
        let written = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? 0
        #expect(written <= 1 << 20)
    }

    /// `/dev/full` answers every write with ENOSPC, as a full disk does.
    @Test(.timeLimit(.minutes(3)), .enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")))
    func aFullDiskIsReportedAsSuch() async throws {
        let server = try LoopbackHTTPServer { _ in ServerResponse(status: 200, body: .generated(byteCount: 1 << 20)) }
        defer { server.stop() }
        let request = SeedanceHTTPRequest(method: .get, url: server.url(path: "/v.mp4"), requiresAuthorization: false)
        let error = await #expect(throws: CocoaError.self) {
            try await URLSessionTransport().download(request, to: URL(fileURLWithPath: "/dev/full"), progress: nil)
        }
        #expect(error?.code == .fileWriteOutOfSpace)
    }

    @Test(.timeLimit(.minutes(3)))
    func apiRequestsNeverWaitBehindDownloads() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.path.hasPrefix("/stuck") {
                // A result host that drips: each download holds its slot for minutes.
                return ServerResponse(status: 200, body: .generated(byteCount: 64 << 20), behavior: .drip(chunkSize: 1024, interval: .seconds(1)))
            }
            return .json(200, #"{"ok":true}"#)
        }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: .init(maxConcurrentRequests: 2, maxConcurrentDownloads: 2))
        let downloads = (0..<4).map { index in
            Task {
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("seedance-stuck-\(index)-\(UUID().uuidString).bin")
                defer { try? FileManager.default.removeItem(at: file) }
                _ = try await transport.download(
                    SeedanceHTTPRequest(method: .get, url: server.url(path: "/stuck/\(index)"), requiresAuthorization: false), to: file, progress: nil)
            }
        }
        #expect(await eventually { transport.downloadsInFlight == 2 })
        // Both download slots are taken and two more downloads queue; API requests still go out at once.
        for _ in 0..<4 {
            let response = try await transport.send(.getJSON(server.url(path: "/status")))
            #expect(response.status == 200)
        }
        #expect(transport.downloadsInFlight == 2)
        for download in downloads { download.cancel() }
        for download in downloads { _ = await download.result }
    }
}
