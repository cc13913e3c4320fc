import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// The upload helper against a simulator over real loopback sockets: a local file becomes a loopback URL that an
/// Ark 2.x create can name as a reference, and the server inspects the uploaded bytes.
@Suite("Simulator: media uploader over loopback", .timeLimit(.minutes(3)))
struct SimulatorMediaUploaderTests {
    @Test("a local clip uploads, is served back byte for byte, and passes (or fails) the 2.x reference checks as its headers say")
    func overLoopback() async throws {
        let simulator = Simulator(dialects: [SimulatedModelArk()], configuration: SimulatorConfiguration(completionTime: .fixed(.seconds(100))))
        let server = try await simulator.startServer()
        defer { server.stop() }
        let uploader = SimulatorMediaUploader(origin: server.baseURL, transport: URLSessionTransport())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wt16sim-\(UUID().uuidString).mp4")
        let clip = ReferenceMedia.video(width: 960, height: 960, seconds: 4, framesPerSecond: 30)
        try clip.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let url = try await uploader.upload(fileAt: file)
        #expect(url.absoluteString == server.baseURL.absoluteString + "/media/uploads/upload-1.mp4")
        let served = try await URLSessionTransport().send(SeedanceHTTPRequest(method: .get, url: url, requiresAuthorization: false))
        #expect(served.status == 200 && served.body == clip)

        let short = try await uploader.upload(ReferenceMedia.video(width: 960, height: 960, seconds: 1))
        let transport = URLSessionTransport()
        for (video, status) in [(url, 200), (short, 400)] {
            let body: JSONValue = [
                "model": "dreamina-seedance-2-0-260128",
                "content": [
                    ["type": "text", "text": "Video 1, again"],
                    ["type": "video_url", "video_url": ["url": .string(video.absoluteString)], "role": "reference_video"],
                ],
            ]
            var request = SeedanceHTTPRequest.createJSON(
                URL(string: server.baseURL(for: "modelark").absoluteString + "/contents/generations/tasks")!, body: SimulatedResponse.encode(body))
            request.headers["Authorization"] = "Bearer sk-any"
            let answer = try await transport.send(request)
            #expect(answer.status == status, "\(String(decoding: answer.body, as: UTF8.self))")
        }
        let refusal = SimulatorMediaUploader.Failure(
            status: 415, message: "The body is not a jpeg, png, webp, bmp, tiff, gif, heic or heif image, an mp4 or mov video, or a wav or mp3 clip.")
        await #expect(throws: refusal) { try await uploader.upload(Data("text".utf8)) }
    }
}
